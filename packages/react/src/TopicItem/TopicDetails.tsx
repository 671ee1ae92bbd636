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

/**
 * A topic's resources under their label, as links; nothing when it has none. Shared by the
 * timeline's topic details and the map's.
 */
export function TopicResources({ topic, label }: { topic: Topic; label: string }) {
  if (topic.resources.length === 0) return null;
  return (
    <>
      <p className="tm-label">{label}</p>
      <ul className="tm-topic__resources">
        {topic.resources.map((resource) => (
          <li key={resource.url}>
            <ResourceLink resource={resource} />
          </li>
        ))}
      </ul>
    </>
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
      <TopicResources topic={topic} label={messages['topic.resources']} />
    </div>
  );
}
