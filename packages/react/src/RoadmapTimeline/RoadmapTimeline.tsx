import type { Level } from '@trailmark/curriculum';
import {
  type ComponentPropsWithoutRef,
  forwardRef,
  type KeyboardEvent,
  memo,
  useCallback,
  useRef,
  useState,
  useSyncExternalStore,
} from 'react';
import { moveFocusByKey } from '../arrowFocus';
import {
  useCurrentLevel,
  useCurriculumContext,
  useLevelCounts,
} from '../CurriculumProvider/context';
import { type CurriculumSourceProps, withCurriculum } from '../CurriculumProvider/withCurriculum';
import type { HeadingLevel } from '../Heading';
import { LevelCard } from '../LevelCard/LevelCard';
import { CurrentStepContext, LEVEL_TOGGLE_CLASS } from '../LevelCard/timelineStep';
import { FIRST_SCREEN_TOPICS, FirstRenderTopicsContext } from '../LevelCard/useModuleFill';
import { classNames, flag, type ThemeProps } from '../root';
import { useControllableState } from '../useControllableState/useControllableState';
import { isRightToLeft } from './direction';

/**
 * Every {@link TimelineOrientation}, for a layout picker or for reading one from an attribute.
 * @example const orientation = TIMELINE_ORIENTATIONS.find((name) => name === value) ?? 'auto';
 */
export const TIMELINE_ORIENTATIONS = ['vertical', 'horizontal', 'auto'] as const;

/** How the timeline is laid out. `auto` follows the width of its container. */
export type TimelineOrientation = (typeof TIMELINE_ORIENTATIONS)[number];

/** Props of {@link RoadmapTimeline}. */
export interface RoadmapTimelineProps
  extends ComponentPropsWithoutRef<'div'>,
    ThemeProps,
    CurriculumSourceProps {
  /**
   * `vertical`: one column along a rail. `horizontal`: levels side by side along a rail (scrolls
   * sideways when they do not fit). `auto`: vertical in narrow containers, alternating sides of a
   * central rail where there is room (CSS container queries, so it fits any container).
   * Every level header is in the Tab order; arrow keys move between headers as well: Up/Down when
   * vertical, Left/Right (mirrored right-to-left) when horizontal, both when `auto`.
   * @default 'auto'
   */
  orientation?: TimelineOrientation;
  /** The learner's current level id, controlled (`aria-current="step"`). */
  currentLevel?: string;
  /**
   * The current level at first, when not controlled.
   * @default the level of the learner's next topic (from progress), until a level is opened
   */
  defaultCurrentLevel?: string;
  /** Called when the current level changes by opening a level. */
  onCurrentLevelChange?: (levelId: string) => void;
  /** Ids of the expanded levels, controlled (the store's saved open levels are then ignored). */
  expandedLevels?: readonly string[];
  /**
   * The expanded levels at first, when not controlled; `'all'` expands every level. Once the
   * learner opens or closes a level, the store keeps the open ones (`setOpenLevels`), and they win
   * over this default from then on, after a reload too.
   * @default the current level (and each level that becomes current, until one is toggled)
   */
  defaultExpandedLevels?: readonly string[] | 'all';
  /** Called with the ids of the expanded levels when a level is expanded or collapsed. */
  onExpandedLevelsChange?: (levelIds: string[]) => void;
  /**
   * The heading level of the level titles.
   * @default 3
   */
  headingLevel?: HeadingLevel;
  /**
   * The address of a level's own page: each open card links to it.
   * @example levelHref={(id) => `/levels/${id}`}
   */
  levelHref?: (levelId: string) => string;
  /**
   * The accessible name of the list of levels.
   * @default the curriculum title
   */
  label?: string;
}

type LevelStatus = 'not-started' | 'in-progress' | 'done';

interface TimelineStopProps {
  level: Level;
  current: boolean;
  expanded: boolean;
  headingLevel: HeadingLevel;
  href: string | undefined;
  onExpandedChange: (expanded: boolean, levelId: string) => void;
  /** Topics its card may render in the timeline's first render. */
  firstTopics: number;
}

/** One level on the rail; follows only its own level's status. */
const TimelineStop = /* @__PURE__ */ memo(function TimelineStop({
  level,
  current,
  expanded,
  headingLevel,
  href,
  onExpandedChange,
  firstTopics,
}: TimelineStopProps) {
  const context = useCurriculumContext('RoadmapTimeline');
  const status = useLevelCounts(context, level.id, (counts): LevelStatus => {
    if (!counts || counts.complete + counts.inProgress === 0) return 'not-started';
    return counts.complete === counts.total ? 'done' : 'in-progress';
  });
  return (
    <li
      className="tm-timeline__stop"
      data-level-id={level.id}
      data-status={status}
      data-current={flag(current)}
      data-optional={flag(level.optional)}
    >
      <span className="tm-timeline__marker" aria-hidden="true" />
      <CurrentStepContext.Provider value={current}>
        <FirstRenderTopicsContext.Provider value={firstTopics}>
          <LevelCard
            className="tm-timeline__card"
            levelId={level.id}
            expanded={expanded}
            onExpandedChange={onExpandedChange}
            headingLevel={headingLevel}
            href={href}
          />
        </FirstRenderTopicsContext.Provider>
      </CurrentStepContext.Provider>
    </li>
  );
});

const noLevels: readonly string[] = [];

const RoadmapTimelineBase = /* @__PURE__ */ forwardRef<HTMLDivElement, RoadmapTimelineProps>(
  function RoadmapTimeline(
    {
      orientation = 'auto',
      currentLevel,
      defaultCurrentLevel,
      onCurrentLevelChange,
      expandedLevels,
      defaultExpandedLevels,
      onExpandedLevelsChange,
      headingLevel = 3,
      levelHref,
      label,
      theme = 'auto',
      className,
      ...rest
    },
    ref,
  ) {
    const context = useCurriculumContext('RoadmapTimeline');
    const { curriculum, text, store } = context;
    const progressCurrent = useCurrentLevel(context);
    const [chosen, setChosen] = useControllableState<string | undefined>({
      prop: currentLevel,
      defaultProp: defaultCurrentLevel,
      onChange: (id) => id !== undefined && onCurrentLevelChange?.(id),
      caller: 'RoadmapTimeline',
    });
    const current = chosen ?? progressCurrent;
    const [expandedState, setExpandedState] = useControllableState<readonly string[] | undefined>({
      prop: expandedLevels,
      defaultProp:
        defaultExpandedLevels === 'all'
          ? curriculum.levels.map((level) => level.id)
          : defaultExpandedLevels,
      onChange: (ids) => onExpandedLevelsChange?.([...(ids ?? noLevels)]),
      caller: 'RoadmapTimeline',
    });
    // Untouched, the levels open are those that have been current: a level never closes by itself
    // (completing it must not pull the focused topic out from under the reader).
    const [visited, setVisited] = useState<readonly string[]>(() => [current]);
    if (!visited.includes(current)) setVisited([...visited, current]);
    // Uncontrolled, the levels the learner left open (saved in the store, per roadmap) come back.
    // The server and hydration read none, so the markup matches.
    const saved = useSyncExternalStore(
      context.subscribe,
      () => store.getOpenLevels?.(),
      () => undefined,
    );
    const controlled = expandedLevels !== undefined;
    const expanded = (controlled ? undefined : saved) ?? expandedState ?? visited;

    // Stops are memoized: give them one stable callback that reads the latest open levels (the
    // setters are stable).
    const latest = useRef({ expanded, controlled, store });
    latest.current = { expanded, controlled, store };
    const onExpandedChange = useCallback(
      (open: boolean, levelId: string) => {
        const { expanded: now, controlled: fixed, store: target } = latest.current;
        const others = now.filter((id) => id !== levelId);
        const next = open ? [...others, levelId] : others;
        setExpandedState(next);
        if (!fixed) target.setOpenLevels?.(next);
        if (open) setChosen(levelId);
      },
      [setExpandedState, setChosen],
    );

    // The headers are accordion headers: each stays in the Tab order, and arrows move among them.
    function handleKeyDown(event: KeyboardEvent<HTMLOListElement>) {
      const list = event.currentTarget;
      moveFocusByKey(
        event,
        [...list.getElementsByClassName(LEVEL_TOGGLE_CLASS)] as HTMLElement[],
        orientation === 'auto' ? 'both' : orientation,
        false,
        isRightToLeft(list),
      );
    }

    // One first screen's worth of topics, shared by the open levels in order: the rest of the
    // roadmap is built after the first paint.
    let firstScreen = FIRST_SCREEN_TOPICS;
    const firstTopics = (level: Level, open: boolean) => {
      const budget = firstScreen;
      if (open) {
        for (const module of level.modules) firstScreen -= module.topics.length;
        firstScreen = Math.max(0, firstScreen);
      }
      return budget;
    };

    return (
      <div
        {...rest}
        ref={ref}
        className={classNames('tm-root tm-timeline', className)}
        data-tm-theme={theme}
        data-orientation={orientation}
      >
        <ol
          className="tm-timeline__list"
          aria-label={label ?? text(curriculum.title)}
          onKeyDown={handleKeyDown}
        >
          {curriculum.levels.map((level) => {
            const open = expanded.includes(level.id);
            return (
              <TimelineStop
                key={level.id}
                level={level}
                current={level.id === current}
                expanded={open}
                headingLevel={headingLevel}
                href={levelHref?.(level.id)}
                onExpandedChange={onExpandedChange}
                firstTopics={firstTopics(level, open)}
              />
            );
          })}
        </ol>
      </div>
    );
  },
);

/**
 * The roadmap's levels in order along a rail, each a {@link LevelCard}; each stop's marker shows
 * that level's progress (`data-status` on the stop). A semantic ordered list whose level headers
 * behave as accordion headers: each is a Tab stop, and arrow keys, Home and End move among them.
 * The current level is marked `aria-current="step"`.
 *
 * @example
 * import llmEngineer from '@trailmark/curriculum/roadmaps/llm-engineer';
 * import '@trailmark/react/styles.css';
 * <RoadmapTimeline curriculum={llmEngineer} />
 */
export const RoadmapTimeline = /* @__PURE__ */ withCurriculum(
  RoadmapTimelineBase,
  'RoadmapTimeline',
);
