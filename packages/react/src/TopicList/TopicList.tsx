import { type ComponentPropsWithoutRef, forwardRef, useMemo } from 'react';
import { useCurriculumContext } from '../CurriculumProvider/context';
import { type CurriculumSourceProps, withCurriculum } from '../CurriculumProvider/withCurriculum';
import { classNames, InsideRoot, type ThemeProps } from '../root';
import { TopicRow } from '../TopicItem/TopicItem';
import { useTopicControls } from '../TopicItem/useTopicControls';
import { useControllableState } from '../useControllableState/useControllableState';

/** Props of {@link TopicList}. */
export interface TopicListProps
  extends ComponentPropsWithoutRef<'ul'>,
    ThemeProps,
    CurriculumSourceProps {
  /** The module whose topics to list. */
  moduleId?: string;
  /** The topics to list, in this order (wins over `moduleId`). Unknown ids are skipped. */
  topicIds?: readonly string[];
  /** Ids of the topics whose details are shown, controlled. */
  openTopics?: readonly string[];
  /**
   * The topics whose details are shown at first, when `openTopics` is not controlled.
   * @default []
   */
  defaultOpenTopics?: readonly string[];
  /** Called with the ids of the open topics when a topic's title opens or closes its details. */
  onOpenTopicsChange?: (topicIds: string[]) => void;
}

const noTopics: readonly string[] = [];

const TopicListBase = /* @__PURE__ */ forwardRef<HTMLUListElement, TopicListProps>(
  function TopicList(
    {
      moduleId,
      topicIds,
      openTopics,
      defaultOpenTopics = noTopics,
      onOpenTopicsChange,
      theme = 'auto',
      className,
      ...rest
    },
    ref,
  ) {
    const context = useCurriculumContext('TopicList');
    const { curriculum } = context;
    const ids = useMemo(() => {
      if (topicIds) return topicIds;
      for (const level of curriculum.levels) {
        const found = level.modules.find((module) => module.id === moduleId);
        if (found) return found.topics.map((topic) => topic.id);
      }
      return noTopics;
    }, [curriculum, moduleId, topicIds]);
    const [open, setOpen] = useControllableState({
      prop: openTopics,
      defaultProp: defaultOpenTopics,
      onChange: (next) => onOpenTopicsChange?.([...next]),
      caller: 'TopicList',
    });
    // One set of listeners for the whole list: rows stay free of handlers (1,000 rows, 3 listeners).
    const [menuFor, handlers] = useTopicControls(
      context,
      (id) =>
        setOpen((ids) => (ids.includes(id) ? ids.filter((other) => other !== id) : [...ids, id])),
      rest,
    );

    return (
      <InsideRoot.Provider value>
        <ul
          {...rest}
          {...handlers}
          ref={ref}
          className={classNames('tm-root tm-topic-list', className)}
          data-tm-theme={theme}
        >
          {ids.map((id) => (
            <TopicRow
              key={id}
              topicId={id}
              menuOpen={menuFor === id}
              detailsOpen={open.includes(id)}
            />
          ))}
        </ul>
      </InsideRoot.Provider>
    );
  },
);

/**
 * A module's topics (or any topics by id), each with its status control. Handles the rows' clicks
 * and keys by delegation; changing one topic's status re-renders only that row (and rows whose
 * lock it changes). Which topics show their details is controlled (`openTopics`) or not
 * (`defaultOpenTopics`); `onStatusChange` hears each status the learner sets.
 *
 * @example
 * <TopicList
 *   curriculum={llmEngineer}
 *   moduleId="prompting"
 *   onStatusChange={(topicId, status, previous) => console.log(topicId, previous, '->', status)}
 * />
 */
export const TopicList = /* @__PURE__ */ withCurriculum(TopicListBase, 'TopicList');
