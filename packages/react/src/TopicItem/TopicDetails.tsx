import type { Topic } from '@trailmark/curriculum';
import type { CurriculumContextValue } from '../CurriculumProvider/context';
import { Labeled } from '../Labeled';
import { ResourceLink } from '../ResourceLink/ResourceLink';
import { SkillTag } from '../SkillTag/SkillTag';

interface TopicDetailsProps {
  id: string;
  topic: Topic;
  context: CurriculumContextValue;
}

/** Topics' titles as one list in the reader's language ("A, B and C"); unknown ids as they are. */
export function topicTitles(ids: readonly string[], context: CurriculumContextValue): string {
  const { topics, format, text } = context;
  return format.list(
    ids.map((id) => {
      const entry = topics.get(id);
      return entry ? text(entry.topic.title) : id;
    }),
  );
}

/** A topic's summary, kind, prerequisites, skills and resources; rendered only when opened. */
export function TopicDetails({ id, topic, context }: TopicDetailsProps) {
  const { messages, text } = context;
  return (
    <div id={id} className="tm-topic__details">
      <p>{text(topic.summary)}</p>
      <Labeled label={messages['topic.kind']}>{messages[`kind.${topic.kind}`]}</Labeled>
      {topic.prerequisites.length > 0 && (
        <Labeled label={messages['topic.prerequisites']}>
          {topicTitles(topic.prerequisites, context)}
        </Labeled>
      )}
      {topic.skills.length > 0 && (
        <Labeled label={messages.skills} tags>
          {topic.skills.map((skill) => (
            <SkillTag key={skill} skill={skill} />
          ))}
        </Labeled>
      )}
      {topic.resources.length > 0 && (
        <>
          <p className="tm-label">{messages['topic.resources']}</p>
          <ul className="tm-topic__resources">
            {topic.resources.map((resource) => (
              <li key={resource.url}>
                <ResourceLink resource={resource} />
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
