import { type Level, levelHours, type Module } from '@trailmark/curriculum';
import { fillMessage } from '@trailmark/curriculum/locale';
import { type ComponentPropsWithoutRef, forwardRef, memo, useContext } from 'react';
import { useCurriculumContext, useLevelCounts } from '../CurriculumProvider/context';
import { type CurriculumSourceProps, withCurriculum } from '../CurriculumProvider/withCurriculum';
import { Heading, type HeadingLevel } from '../Heading';
import { Labeled } from '../Labeled';
import { ProgressMeter } from '../ProgressMeter/ProgressMeter';
import { RoleBadge } from '../RoleBadge/RoleBadge';
import { classNames, flag, InsideRoot, type ThemeProps } from '../root';
import { SkillTag } from '../SkillTag/SkillTag';
import { TopicList } from '../TopicList/TopicList';
import { useControllableState } from '../useControllableState/useControllableState';
import { CurrentStepContext, isSymbolCode, LEVEL_TOGGLE_CLASS, levelName } from './timelineStep';
import { useModuleFill } from './useModuleFill';

/** Props of {@link LevelCard}. */
export interface LevelCardProps
  extends ComponentPropsWithoutRef<'article'>,
    ThemeProps,
    CurriculumSourceProps {
  /** The id of the level to show. An unknown id renders nothing. */
  levelId: string;
  /** Whether the modules and topics are shown, controlled. */
  expanded?: boolean;
  /**
   * Whether the modules and topics are shown at first, when `expanded` is not controlled.
   * @default false
   */
  defaultExpanded?: boolean;
  /** Called when the header button asks to expand or collapse the card. */
  onExpandedChange?: (expanded: boolean, levelId: string) => void;
  /**
   * The level's own page: an open card links to it (before its modules), so a reader who opened
   * the level can go on to it. @example href="/levels/l2"
   */
  href?: string;
  /**
   * The heading level of the card title; module titles use the next level.
   * @default 3
   */
  headingLevel?: HeadingLevel;
}

const noModules: readonly Module[] = [];

/** The progress meter of one level; the only part of a card that follows progress. */
function LevelProgress({ level, label }: { level: Level; label: string }) {
  const context = useCurriculumContext('LevelCard');
  const percent = useLevelCounts(context, level.id, (counts) =>
    counts && counts.total > 0 ? (counts.complete / counts.total) * 100 : 0,
  );
  return <ProgressMeter className="tm-level-card__progress" value={percent} label={label} />;
}

/**
 * One module: its heading, summary and topics, as siblings in the card's body. Memoized, so a card showing more modules renders
 * only the new ones. No Suspense boundary of its own: on React 18, a boundary still hydrating when
 * the provider updates (the page's language, read after hydration) is thrown away and rendered
 * again on the client, with a recoverable error (#421) — seen in the consumer test.
 */
const ModuleSection = /* @__PURE__ */ memo(function ModuleSection({
  module,
  headingLevel,
}: {
  module: Module;
  headingLevel: HeadingLevel;
}) {
  const { text } = useCurriculumContext('LevelCard');
  // No wrapping element: an unnamed section is no landmark and says nothing to assistive
  // technology, and the heading already starts the group (its rule and space come from CSS). One
  // element less per module in a long roadmap.
  return (
    <>
      <Heading level={headingLevel} className="tm-module__title">
        {text(module.title)}
      </Heading>
      <p className="tm-module__summary">{text(module.summary)}</p>
      <TopicList moduleId={module.id} />
    </>
  );
});

const LevelCardBase = /* @__PURE__ */ memo(
  forwardRef<HTMLElement, LevelCardProps>(function LevelCard(
    {
      levelId,
      expanded: expandedProp,
      defaultExpanded = false,
      onExpandedChange,
      href,
      headingLevel = 3,
      theme = 'auto',
      className,
      ...rest
    },
    ref,
  ) {
    const { curriculum, messages, format, text, idPrefix } = useCurriculumContext('LevelCard');
    const current = useContext(CurrentStepContext);
    const [expanded, setExpanded] = useControllableState({
      prop: expandedProp,
      defaultProp: defaultExpanded,
      // The hook reads its latest onChange when it calls it: an inline function is fine.
      onChange: (next) => onExpandedChange?.(next, levelId),
      caller: 'LevelCard',
    });
    const index = curriculum.levels.findIndex((level) => level.id === levelId);
    const level = curriculum.levels[index];
    const [shown, open] = useModuleFill(level?.modules ?? noModules, expanded);
    if (!level) return null;

    const base = `${idPrefix}${level.id}`;
    const title = text(level.title);
    const topicCount = level.modules.reduce((sum, module) => sum + module.topics.length, 0);
    const meta = [
      format.hours(levelHours(level)),
      format.message(messages['level.topics'], { count: topicCount }),
    ];
    if (level.optional) meta.push(messages.optional);
    const symbol = isSymbolCode(level.code);
    const name = levelName(level, text);
    const subheading = Math.min(headingLevel + 1, 6) as HeadingLevel;

    return (
      <InsideRoot.Provider value>
        <article
          {...rest}
          ref={ref}
          className={classNames('tm-root tm-level-card', className)}
          data-tm-theme={theme}
          data-tone={(index % 5) + 1}
          data-expanded={flag(expanded)}
          data-optional={flag(level.optional)}
          aria-labelledby={`${base}-title`}
        >
          <Heading level={headingLevel} id={`${base}-title`} className="tm-level-card__heading">
            <button
              type="button"
              className={LEVEL_TOGGLE_CLASS}
              aria-expanded={expanded}
              aria-controls={expanded ? `${base}-body` : undefined}
              aria-current={current ? 'step' : undefined}
              onClick={() => {
                if (!expanded) open();
                setExpanded(!expanded);
              }}
            >
              <span className="tm-level-card__code" aria-hidden={symbol || undefined}>
                {level.code}
              </span>{' '}
              <span className="tm-level-card__title">{title}</span>
            </button>
          </Heading>
          <p className="tm-level-card__summary">{text(level.summary)}</p>
          <p className="tm-level-card__meta">{meta.join(' · ')}</p>
          <LevelProgress
            level={level}
            label={fillMessage(messages['level.progress'], { level: name })}
          />
          {expanded && (
            <div id={`${base}-body`} className="tm-level-card__body">
              {href && (
                <p>
                  <a className="tm-level-card__page" href={href}>
                    {fillMessage(messages['level.page'], { level: name })}
                  </a>
                </p>
              )}
              {level.outcomes.length > 0 && (
                <>
                  <p className="tm-label">{messages['level.outcomes']}</p>
                  <ul className="tm-level-card__outcomes">
                    {level.outcomes.map((outcome) => {
                      const line = text(outcome);
                      return <li key={line}>{line}</li>;
                    })}
                  </ul>
                </>
              )}
              {level.roles.length > 0 && (
                <Labeled label={messages['level.roles']} tags>
                  {level.roles.map((role) => (
                    <RoleBadge key={role} jobRole={role} />
                  ))}
                </Labeled>
              )}
              {level.skills.length > 0 && (
                <Labeled label={messages.skills} tags>
                  {level.skills.map((skill) => (
                    <SkillTag key={skill} skill={skill} />
                  ))}
                </Labeled>
              )}
              {level.modules.slice(0, shown).map((module) => (
                <ModuleSection key={module.id} module={module} headingLevel={subheading} />
              ))}
            </div>
          )}
        </article>
      </InsideRoot.Provider>
    );
  }),
);

/**
 * One level: code badge, title, summary, hours, topic count and progress, and — when expanded —
 * outcomes, roles, skills and each module's topics. The header button (inside the heading)
 * expands and collapses it.
 *
 * @example
 * <LevelCard curriculum={llmEngineer} levelId="l1" defaultExpanded />
 */
export const LevelCard = /* @__PURE__ */ withCurriculum(LevelCardBase, 'LevelCard');
