import type { Level } from '@trailmark/curriculum';
import {
  type ComponentPropsWithoutRef,
  type FocusEvent,
  forwardRef,
  type KeyboardEvent,
  memo,
  useCallback,
  useRef,
  useState,
} from 'react';
import {
  currentLevelOf,
  summaryOf,
  useCurriculumContext,
  useProgressSelector,
} from '../CurriculumProvider/context';
import { type CurriculumSourceProps, withCurriculum } from '../CurriculumProvider/withCurriculum';
import type { HeadingLevel } from '../Heading';
import { LevelCard } from '../LevelCard/LevelCard';
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
   * Arrow keys follow: Up/Down when vertical, Left/Right (mirrored right-to-left) when horizontal,
   * both when `auto`.
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
  /** Ids of the expanded levels, controlled. */
  expandedLevels?: readonly string[];
  /**
   * The expanded levels at first, when not controlled; `'all'` expands every level.
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
  tabbable: boolean;
  headingLevel: HeadingLevel;
  onExpandedChange: (expanded: boolean, levelId: string) => void;
}

/** One level on the rail; follows only its own level's status. */
const TimelineStop = /* @__PURE__ */ memo(function TimelineStop({
  level,
  current,
  expanded,
  tabbable,
  headingLevel,
  onExpandedChange,
}: TimelineStopProps) {
  const context = useCurriculumContext('RoadmapTimeline');
  const status = useProgressSelector(context, (progress): LevelStatus => {
    const counts = summaryOf(context.curriculum, progress).levels[level.id];
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
      <LevelCard
        className="tm-timeline__card"
        levelId={level.id}
        expanded={expanded}
        onExpandedChange={onExpandedChange}
        current={current}
        toggleTabIndex={tabbable ? 0 : -1}
        headingLevel={headingLevel}
      />
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
      label,
      theme = 'auto',
      className,
      ...rest
    },
    ref,
  ) {
    const context = useCurriculumContext('RoadmapTimeline');
    const { curriculum, text } = context;
    const progressCurrent = useProgressSelector(context, (progress) =>
      currentLevelOf(curriculum, progress),
    );
    const [chosen, setChosen] = useControllableState<string | undefined>({
      prop: currentLevel,
      defaultProp: defaultCurrentLevel,
      onChange: (id) => id !== undefined && onCurrentLevelChange?.(id),
    });
    const current = chosen ?? progressCurrent;
    const [expandedState, setExpandedState] = useControllableState<readonly string[] | undefined>({
      prop: expandedLevels,
      defaultProp:
        defaultExpandedLevels === 'all'
          ? curriculum.levels.map((level) => level.id)
          : defaultExpandedLevels,
      onChange: (ids) => onExpandedLevelsChange?.([...(ids ?? noLevels)]),
    });
    // Untouched, the levels open are those that have been current: a level never closes by itself
    // (completing it must not pull the focused topic out from under the reader).
    const [visited, setVisited] = useState<readonly string[]>(() => [current]);
    if (!visited.includes(current)) setVisited([...visited, current]);
    const expanded = expandedState ?? visited;
    const [focused, setFocused] = useState<string>();
    const tabStop = curriculum.levels.some((level) => level.id === focused) ? focused : current;

    // Stops are memoized: give them one stable callback that reads the latest state.
    const latest = useRef({ expanded, setChosen, setExpandedState });
    latest.current = { expanded, setChosen, setExpandedState };
    const onExpandedChange = useCallback((open: boolean, levelId: string) => {
      const state = latest.current;
      const others = state.expanded.filter((id) => id !== levelId);
      state.setExpandedState(open ? [...others, levelId] : others);
      if (open) state.setChosen(levelId);
    }, []);

    function handleKeyDown(event: KeyboardEvent<HTMLOListElement>) {
      const target = event.target as HTMLElement;
      if (!target.hasAttribute('data-tm-stop')) return;
      const list = event.currentTarget;
      const stops = Array.from(list.querySelectorAll<HTMLElement>('[data-tm-stop]'));
      const index = stops.indexOf(target);
      const rtl = isRightToLeft(list);
      const vertical = orientation !== 'horizontal';
      const horizontal = orientation !== 'vertical';
      const moves: Record<string, number | false> = {
        ArrowDown: vertical && index + 1,
        ArrowUp: vertical && index - 1,
        ArrowRight: horizontal && (rtl ? index - 1 : index + 1),
        ArrowLeft: horizontal && (rtl ? index + 1 : index - 1),
        Home: 0,
        End: stops.length - 1,
      };
      const move = moves[event.key];
      if (move === undefined || move === false) return;
      event.preventDefault();
      stops[Math.min(Math.max(move, 0), stops.length - 1)]?.focus();
    }

    function handleFocus(event: FocusEvent<HTMLOListElement>) {
      const target = event.target as HTMLElement;
      if (!target.hasAttribute('data-tm-stop')) return;
      const id = target.closest<HTMLElement>('[data-level-id]')?.dataset.levelId;
      if (id) setFocused(id);
    }

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
          onFocus={handleFocus}
        >
          {curriculum.levels.map((level) => (
            <TimelineStop
              key={level.id}
              level={level}
              current={level.id === current}
              expanded={expanded.includes(level.id)}
              tabbable={level.id === tabStop}
              headingLevel={headingLevel}
              onExpandedChange={onExpandedChange}
            />
          ))}
        </ol>
      </div>
    );
  },
);

/**
 * The roadmap's levels in order along a rail, each a {@link LevelCard}; each stop's marker shows
 * that level's progress (`data-status` on the stop). A semantic ordered list with roving focus
 * between the level headers (arrow keys, Home, End), the current level marked
 * `aria-current="step"`.
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
