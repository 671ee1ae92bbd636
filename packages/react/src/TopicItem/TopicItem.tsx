import { type ComponentPropsWithoutRef, forwardRef, memo } from 'react';
import { useCurriculumContext, useProgressSelector } from '../CurriculumProvider/context';
import { fill } from '../i18n/messages';
import { classNames, flag } from '../root';
import { StatusMenu } from './StatusMenu';
import { TopicDetails } from './TopicDetails';
import { readTopicState, topicStateKey } from './topicState';

/** Props of {@link TopicItem}. */
export interface TopicItemProps extends ComponentPropsWithoutRef<'li'> {
  /** The id of the topic to show. Unknown ids render nothing. */
  topicId: string;
  /**
   * Shows the topic's details (summary, kind, prerequisites, skills, resources). `TopicList`
   * sets it when the title is activated.
   * @default false
   */
  detailsOpen?: boolean;
  /**
   * Shows the status menu. `TopicList` sets it when the status button is activated.
   * @default false
   */
  menuOpen?: boolean;
}

/**
 * One topic as a list row: its title (a disclosure for the details), hours, and status — a menu
 * button, or text in read-only mode. A locked topic (prerequisites not done or skipped) says which
 * prerequisites it waits for, and the status button is described by that text.
 *
 * Rows are meant to be rendered by {@link TopicList}, which handles their clicks and keys by
 * delegation; a row re-renders only when its own status, lock or open state changes.
 */
export const TopicItem = /* @__PURE__ */ memo(
  forwardRef<HTMLLIElement, TopicItemProps>(function TopicItem(
    { topicId, detailsOpen = false, menuOpen = false, className, ...rest },
    ref,
  ) {
    const context = useCurriculumContext('TopicItem');
    const { topics, messages, format, text, readOnly, idPrefix } = context;
    const topic = topics.get(topicId)?.topic;
    const key = useProgressSelector(context, (progress) => topicStateKey(progress, topic));
    if (!topic) return null;

    const { status, blocking } = readTopicState(key);
    const title = text(topic.title);
    const statusText = messages[`status.${status}`];
    const base = `${idPrefix}${topic.id}`;
    const lockId = blocking.length > 0 ? `${base}-lock` : undefined;
    const optional = topic.optional ? ` · ${messages.optional}` : '';

    return (
      <li
        {...rest}
        ref={ref}
        className={classNames('tm-topic', className)}
        data-topic-id={topic.id}
        data-status={status}
        data-kind={topic.kind}
        data-locked={flag(lockId)}
        data-optional={flag(topic.optional)}
      >
        <button
          type="button"
          className="tm-topic__title"
          data-tm-action="details"
          aria-expanded={detailsOpen}
          aria-controls={detailsOpen ? `${base}-details` : undefined}
        >
          {title}
        </button>
        <span className="tm-topic__meta">{format.hours(topic.estimatedHours) + optional}</span>
        {readOnly ? (
          <span className="tm-topic__status">
            <span className="tm-visually-hidden">{`${messages['status.label']} `}</span>
            {statusText}
          </span>
        ) : (
          <button
            type="button"
            className="tm-topic__status"
            data-tm-action="status"
            aria-haspopup="menu"
            aria-expanded={menuOpen}
            aria-controls={menuOpen ? `${base}-menu` : undefined}
            aria-label={fill(messages['status.control'], { title, status: statusText })}
            aria-describedby={lockId}
          >
            {statusText}
          </button>
        )}
        {menuOpen && !readOnly && (
          <StatusMenu
            id={`${base}-menu`}
            status={status}
            label={fill(messages['status.menu'], { title })}
            messages={messages}
          />
        )}
        {lockId && (
          <span id={lockId} className="tm-topic__lock">
            {fill(messages['topic.locked'], {
              topics: format.list(
                blocking.map((id) => {
                  const entry = topics.get(id);
                  return entry ? text(entry.topic.title) : id;
                }),
              ),
            })}
          </span>
        )}
        {detailsOpen && <TopicDetails id={`${base}-details`} topic={topic} context={context} />}
      </li>
    );
  }),
);
