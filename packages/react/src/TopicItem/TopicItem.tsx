import type { TopicStatus } from '@trailmark/curriculum';
import { fillMessage } from '@trailmark/curriculum/locale';
import { type ComponentPropsWithoutRef, forwardRef, memo, type Ref } from 'react';
import { useCurriculumContext, useTopicKey } from '../CurriculumProvider/context';
import { classNames, flag, InsideRoot, useRootClass } from '../root';
import { useControllableState } from '../useControllableState/useControllableState';
import { StatusControl } from './StatusControl';
import { TopicDetails, topicTitles } from './TopicDetails';
import { useTopicControls } from './useTopicControls';

/** Props of {@link TopicItem}. */
export interface TopicItemProps extends ComponentPropsWithoutRef<'li'> {
  /** The id of the topic to show. Unknown ids render nothing. */
  topicId: string;
  /** Whether the details (summary, kind, prerequisites, skills, resources) are shown, controlled. */
  open?: boolean;
  /**
   * Whether the details are shown at first, when `open` is not controlled.
   * @default false
   */
  defaultOpen?: boolean;
  /** Called when the title asks to show or hide the details. */
  onOpenChange?: (open: boolean, topicId: string) => void;
}

/** Props of {@link TopicRow}: the topic and what its owner keeps open. */
export interface TopicRowProps extends ComponentPropsWithoutRef<'li'> {
  topicId: string;
  rowRef?: Ref<HTMLLIElement> | undefined;
  /** Shows the details. */
  detailsOpen?: boolean;
  /** Shows the status menu. */
  menuOpen?: boolean;
}

/**
 * The markup of one topic row. It follows its own topic's status and lock (one subscription per
 * row), so it re-renders only when they, an open state or the provider's value change.
 */
export const TopicRow = /* @__PURE__ */ memo(function TopicRow({
  topicId,
  rowRef,
  detailsOpen = false,
  menuOpen = false,
  className,
  ...rest
}: TopicRowProps) {
  const context = useCurriculumContext('TopicItem');
  const { topics, messages, format, text, readOnly, idPrefix } = context;
  const state = useTopicKey(context, topicId);
  const topic = topics.get(topicId)?.topic;
  if (!topic) return null;
  const [status, ...blocking] = state.split(' ') as [TopicStatus, ...string[]];
  const title = text(topic.title);
  const base = idPrefix + topic.id;
  const lockId = blocking.length > 0 ? `${base}-lock` : undefined;

  return (
    <li
      {...rest}
      ref={rowRef}
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
        aria-expanded={detailsOpen}
        aria-controls={detailsOpen ? `${base}-details` : undefined}
      >
        {title}
      </button>
      {/* The hours are the row's own text (styled by .tm-topic): one element less per topic. */}
      {format.hours(topic.estimatedHours) + (topic.optional ? ` · ${messages.optional}` : '')}
      <StatusControl
        base={base}
        title={title}
        status={status}
        lockId={lockId}
        menuOpen={menuOpen}
        readOnly={readOnly}
        messages={messages}
      />
      {lockId && (
        <span id={lockId} className="tm-topic__lock">
          {fillMessage(messages['topic.locked'], { topics: topicTitles(blocking, context) })}
        </span>
      )}
      {detailsOpen && <TopicDetails id={`${base}-details`} topic={topic} context={context} />}
    </li>
  );
});

/**
 * One topic as a list row: its title (a disclosure for the details), hours, and status — a menu
 * button, or text in read-only mode. A locked topic (prerequisites not done or skipped) says which
 * prerequisites it waits for, and the status button is described by that text.
 *
 * Works on its own inside a `CurriculumProvider` (put it in a `<ul>` or `<ol>`): its status is read
 * from and set through the provider's store, so `onStatusChange` hears it. For many topics,
 * {@link TopicList} renders the same rows with one set of listeners for all of them.
 *
 * @example
 * <CurriculumProvider curriculum={llmEngineer}>
 *   <ul>
 *     <TopicItem topicId="rag" defaultOpen />
 *   </ul>
 * </CurriculumProvider>
 */
export const TopicItem = /* @__PURE__ */ memo(
  forwardRef<HTMLLIElement, TopicItemProps>(function TopicItem(
    { topicId, open: openProp, defaultOpen = false, onOpenChange, ...rest },
    ref,
  ) {
    const context = useCurriculumContext('TopicItem');
    const rootClass = useRootClass();
    const [open, setOpen] = useControllableState({
      prop: openProp,
      defaultProp: defaultOpen,
      onChange: (next) => onOpenChange?.(next, topicId),
      caller: 'TopicItem',
    });
    const [menuFor, handlers] = useTopicControls<HTMLLIElement>(
      context,
      () => setOpen((was) => !was),
      rest,
    );
    return (
      <InsideRoot.Provider value>
        <TopicRow
          {...rest}
          className={classNames(rootClass, rest.className)}
          {...handlers}
          topicId={topicId}
          rowRef={ref}
          detailsOpen={open}
          menuOpen={menuFor === topicId}
        />
      </InsideRoot.Provider>
    );
  }),
);
