import { dependentsOf, type TopicStatus } from '@trailmark/curriculum';
import { fillMessage } from '@trailmark/curriculum/locale';
import type { KeyboardEvent, MouseEvent } from 'react';
import { type CurriculumContextValue, useTopicKeys } from '../CurriculumProvider/context';
import { Heading, type HeadingLevel } from '../Heading';
import type { MapMessages, SharedMessages } from '../i18n/messages';
import { StatusControl } from '../TopicItem/StatusControl';
import { TopicResources, topicTitles } from '../TopicItem/TopicDetails';
import { useTopicControls } from '../TopicItem/useTopicControls';
import { StatusMark } from './MapCanvas';

interface MapDetailsProps {
  id: string;
  topicId: string;
  context: CurriculumContextValue;
  messages: SharedMessages & MapMessages;
  headingLevel: HeadingLevel;
  topicHref: ((topicId: string) => string) | undefined;
  /** Moves the map to a topic (a prerequisite's or dependent's button). */
  onGo(topicId: string): void;
  /** Closes the details (the close button, or Escape inside them). */
  onClose(): void;
}

const noop = () => {};

/**
 * The selected topic's details beside the map: title, status control (the timeline's menu), what
 * it waits for, summary, resources, and its prerequisites and dependents as buttons that move the
 * map to them. Follows the states of those topics in one subscription.
 */
export function MapDetails({
  id,
  topicId,
  context,
  messages,
  headingLevel,
  topicHref,
  onGo,
  onClose,
}: MapDetailsProps) {
  const { topics, text, format, readOnly, curriculum } = context;
  const entry = topics.get(topicId);
  const prerequisites = entry?.topic.prerequisites ?? [];
  const dependents = entry ? dependentsOf(curriculum, topicId) : [];
  const states = useTopicKeys(context, [topicId, ...prerequisites, ...dependents]);
  const [menuFor, handlers] = useTopicControls<HTMLElement>(context, noop, {
    onClick(event: MouseEvent<HTMLElement>) {
      const control = (event.target as Element).closest<HTMLElement>('[data-tm-action="go"]');
      if (!control) return;
      event.preventDefault();
      onGo(control.dataset.target as string);
    },
    onKeyDown(event: KeyboardEvent<HTMLElement>) {
      const target = event.target as HTMLElement;
      // Escape in the status menu closes the menu (useTopicControls); anywhere else, the details.
      if (event.key !== 'Escape' || target.dataset.tmAction === 'set-status') return;
      event.preventDefault();
      onClose();
    },
  });
  if (!entry) return null;
  const { topic, level, module } = entry;
  const [status, ...blocking] = (states[0] ?? 'not-started').split(' ') as [
    TopicStatus,
    ...string[],
  ];
  const title = text(topic.title);
  const lockId = blocking.length > 0 ? `${id}-lock` : undefined;
  const stateOf = (index: number) => (states[index] ?? '').split(' ')[0] as TopicStatus;

  const links = (label: string, list: readonly string[], offset: number) =>
    list.length > 0 && (
      <>
        <p className="tm-label">{label}</p>
        <ul className="tm-map__links">
          {list.map((other, i) => {
            const otherStatus = stateOf(offset + i);
            const found = topics.get(other);
            const otherTitle = found ? text(found.topic.title) : other;
            return (
              <li key={other}>
                <button
                  type="button"
                  className="tm-map__link"
                  data-tm-action="go"
                  data-target={other}
                  data-status={otherStatus}
                  aria-label={`${otherTitle}, ${messages[`status.${otherStatus}`]}`}
                >
                  <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true">
                    <StatusMark status={otherStatus} x={0} y={0} />
                  </svg>
                  {otherTitle}
                </button>
              </li>
            );
          })}
        </ul>
      </>
    );

  return (
    <section
      {...handlers}
      id={id}
      className="tm-map__details tm-topic"
      aria-labelledby={`${id}-title`}
      data-topic-id={topicId}
      data-status={status}
    >
      <div className="tm-map__details-head">
        <Heading level={headingLevel} id={`${id}-title`} className="tm-map__details-title">
          {title}
        </Heading>
        <button
          type="button"
          className="tm-map__close"
          aria-label={messages['map.close']}
          onClick={onClose}
        >
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <p className="tm-map__meta">
        {[
          `${level.code} ${text(level.title)}`,
          text(module.title),
          format.hours(topic.estimatedHours),
          messages[`kind.${topic.kind}`],
          topic.optional ? messages.optional : '',
        ]
          .filter(Boolean)
          .join(' · ')}
      </p>
      <div className="tm-map__status">
        <StatusControl
          base={id}
          title={title}
          status={status}
          lockId={lockId}
          menuOpen={menuFor === topicId}
          readOnly={readOnly}
          messages={messages}
        />
      </div>
      {lockId && (
        <p id={lockId} className="tm-topic__lock">
          {fillMessage(messages['topic.locked'], { topics: topicTitles(blocking, context) })}
        </p>
      )}
      <p>{text(topic.summary)}</p>
      {links(messages['topic.prerequisites'], prerequisites, 1)}
      {links(messages['map.dependents'], dependents, 1 + prerequisites.length)}
      <TopicResources topic={topic} label={messages['topic.resources']} />
      {topicHref && (
        <p>
          <a className="tm-map__page" href={topicHref(topicId)}>
            {fillMessage(messages['map.topicPage'], { title })}
          </a>
        </p>
      )}
    </section>
  );
}
