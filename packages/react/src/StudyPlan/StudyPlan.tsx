import { levelHours, planSchedule } from '@trailmark/curriculum';
import { fillMessage } from '@trailmark/curriculum/locale';
import {
  type ComponentPropsWithoutRef,
  forwardRef,
  useMemo,
  useState,
  useSyncExternalStore,
} from 'react';
import {
  summaryOf,
  useCurriculumContext,
  useProgressSelector,
} from '../CurriculumProvider/context';
import { type CurriculumSourceProps, withCurriculum } from '../CurriculumProvider/withCurriculum';
import { Heading, type HeadingLevel } from '../Heading';
import { withPlanMessages } from '../i18n/messages';
import { isSymbolCode } from '../LevelCard/timelineStep';
import { classNames, flag, type ThemeProps } from '../root';
import { useControllableState } from '../useControllableState/useControllableState';

/** Props of {@link StudyPlan}. */
export interface StudyPlanProps
  extends ComponentPropsWithoutRef<'section'>,
    ThemeProps,
    CurriculumSourceProps {
  /** Study hours per week, controlled. */
  hoursPerWeek?: number;
  /**
   * Study hours per week at first, when not controlled.
   * @default 10
   */
  defaultHoursPerWeek?: number;
  /** Called when the reader changes the hours per week. */
  onHoursPerWeekChange?: (hoursPerWeek: number) => void;
  /**
   * The day the plan starts (a `Date` or an ISO date).
   * @default today, in the browser; dates are left out of the server render so hydration matches
   */
  start?: Date | string;
  /**
   * Schedules optional levels too.
   * @default false
   */
  includeOptional?: boolean;
  /**
   * The heading text.
   * @default the `plan.title` message ("Study plan")
   */
  heading?: string;
  /**
   * The heading element level.
   * @default 2
   */
  headingLevel?: HeadingLevel;
}

const noSubscription = () => () => {};
/** The paces the field accepts: whole hours, at least one, at most the hours of a week. */
const minHours = 1;
const maxHours = 168;
const today = () => new Date().toISOString().slice(0, 10);
const onServer = () => null;

const StudyPlanBase = /* @__PURE__ */ forwardRef<HTMLElement, StudyPlanProps>(function StudyPlan(
  {
    hoursPerWeek: hoursProp,
    defaultHoursPerWeek = 10,
    onHoursPerWeekChange,
    start,
    includeOptional = false,
    heading,
    headingLevel = 2,
    theme = 'auto',
    className,
    ...rest
  },
  ref,
) {
  const context = useCurriculumContext('StudyPlan');
  const { curriculum, locale, format, text, idPrefix } = context;
  const messages = withPlanMessages(locale, context.messages);
  const progress = useProgressSelector(context, (value) => value);
  const [hoursPerWeek, setHoursPerWeek] = useControllableState({
    prop: hoursProp,
    defaultProp: defaultHoursPerWeek,
    onChange: onHoursPerWeekChange,
    caller: 'StudyPlan',
  });
  // What the reader is typing ("", "1" on the way to "12"), shown until the field loses focus.
  const [draft, setDraft] = useState<string | null>(null);
  // The draft is not a pace (empty, 0, 200, 2.5, -3): said under the field, and no dates shown,
  // since they would be those of the last valid pace.
  const [invalid, setInvalid] = useState(false);
  const clientToday = useSyncExternalStore(noSubscription, today, onServer);
  const startDate = start ?? clientToday;
  const planAt = (pace: number) =>
    planSchedule(curriculum, progress, {
      hoursPerWeek: pace,
      // Without a start date (server render) hours are still planned; dates are not shown.
      start: startDate ?? '2000-01-01',
      includeOptional,
    });
  // biome-ignore lint/correctness/useExhaustiveDependencies: planAt reads only the listed values
  const schedule = useMemo(
    () => planAt(hoursPerWeek),
    [curriculum, progress, hoursPerWeek, startDate, includeOptional],
  );
  const summary = summaryOf(curriculum, progress);
  // Each level's hours, summed over its topics: once per curriculum, not on every status change.
  const hoursOf = useMemo(() => curriculum.levels.map(levelHours), [curriculum]);
  const longest = Math.max(1, ...hoursOf);
  const invalidMessage = fillMessage(messages['plan.invalid'], { min: minHours, max: maxHours });
  const headingId = `${idPrefix}plan`;
  const errorId = `${idPrefix}plan-pace-error`;
  const noteId = `${idPrefix}plan-remaining-note`;
  // Remaining hours leave optional topics out unless they are scheduled: say so where it matters.
  const leavesOut =
    !includeOptional &&
    curriculum.levels.some(
      (level) => !level.optional && level.modules.some((m) => m.topics.some((t) => t.optional)),
    );
  /**
   * "Done", the date (in `template`) or "not scheduled": no start date (the server) or `stale` (the
   * dates of a pace that is not the one typed).
   */
  const dateOrElse = (
    date: string | null,
    remaining: number,
    template = '{date}',
    stale = invalid,
  ) => {
    if (remaining === 0) return messages['plan.complete'];
    return date && startDate && !stale
      ? fillMessage(template, { date: format.date(date) })
      : messages['plan.unscheduled'];
  };

  return (
    <section
      {...rest}
      ref={ref}
      className={classNames('tm-root tm-study-plan', className)}
      data-tm-theme={theme}
      aria-labelledby={headingId}
    >
      <Heading level={headingLevel} id={headingId} className="tm-study-plan__title">
        {heading ?? messages['plan.title']}
      </Heading>
      <label className="tm-study-plan__rate">
        <span>{messages['plan.hoursPerWeek']}</span>
        <input
          type="number"
          inputMode="numeric"
          min={minHours}
          max={maxHours}
          step={1}
          value={draft ?? String(hoursPerWeek)}
          aria-invalid={invalid || undefined}
          aria-describedby={invalid ? errorId : undefined}
          onChange={(event) => {
            const input = event.currentTarget;
            setDraft(input.value);
            // min, max and step say what is valid; outside them the plan keeps its pace.
            const valid = input.value !== '' && input.validity.valid;
            setInvalid(!valid);
            if (!valid) {
              context.announce(invalidMessage);
              return;
            }
            const pace = Number(input.value);
            setHoursPerWeek(pace);
            // The new finish, read politely once the typing settles ("12 hours a week: Finish by …").
            const next = planAt(pace);
            context.announce(
              format.message(messages['plan.announce'], {
                hours: pace,
                finish: dateOrElse(
                  next.finish,
                  next.remainingHours,
                  messages['plan.finish'],
                  false,
                ),
              }),
            );
          }}
          // Leaving the field shows the pace in force again, with its dates.
          onBlur={() => {
            setDraft(null);
            setInvalid(false);
          }}
        />
      </label>
      {invalid && (
        <p id={errorId} className="tm-study-plan__error">
          {invalidMessage}
        </p>
      )}
      {/* A focusable, named scroll region: where the table is wider than its box, it scrolls by
          itself (by keyboard too) instead of squeezing words or widening the page. */}
      <section
        className="tm-study-plan__scroll"
        aria-label={messages['plan.table']}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scroll region must be focusable to be scrolled by keyboard (WCAG 2.1.1)
        tabIndex={0}
      >
        <table className="tm-study-plan__table">
          <thead>
            <tr>
              <th scope="col">{messages['plan.level']}</th>
              <th scope="col">{messages['plan.hours']}</th>
              <th scope="col" aria-describedby={leavesOut ? noteId : undefined}>
                {messages['plan.remaining']}
                {leavesOut && <span aria-hidden="true">*</span>}
              </th>
              <th scope="col">{messages['plan.eta']}</th>
            </tr>
          </thead>
          <tbody>
            {curriculum.levels.map((level, index) => {
              const plan = schedule.levels.find((entry) => entry.levelId === level.id);
              const total = hoursOf[index] as number;
              const remaining = plan?.remainingHours ?? total;
              const done = Math.min(total, summary.levels[level.id]?.hoursComplete ?? 0);
              return (
                <tr key={level.id} data-tone={(index % 5) + 1} data-optional={flag(level.optional)}>
                  <th scope="row">
                    <span
                      className="tm-study-plan__code"
                      aria-hidden={isSymbolCode(level.code) || undefined}
                    >
                      {level.code}
                    </span>{' '}
                    <span className="tm-study-plan__level-title">{text(level.title)}</span>
                  </th>
                  <td className="tm-study-plan__hours">
                    <svg
                      className="tm-study-plan__bar"
                      viewBox="0 0 100 8"
                      preserveAspectRatio="none"
                      aria-hidden="true"
                      focusable="false"
                    >
                      <rect
                        className="tm-study-plan__total"
                        width={(total / longest) * 100}
                        height="8"
                      />
                      <rect
                        className="tm-study-plan__done"
                        width={(done / longest) * 100}
                        height="8"
                      />
                    </svg>
                    {format.hours(total)}
                  </td>
                  <td>{format.hours(remaining)}</td>
                  <td>{dateOrElse(plan?.end ?? null, remaining)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>
      {leavesOut && (
        <p className="tm-study-plan__note">
          <span aria-hidden="true">* </span>
          <span id={noteId}>{messages['plan.remainingNote']}</span>
        </p>
      )}
      <p className="tm-study-plan__finish">
        {dateOrElse(schedule.finish, schedule.remainingHours, messages['plan.finish'])}
      </p>
    </section>
  );
});

/**
 * Hours per level as a bar chart (done and total), with the date each level would be finished at
 * the reader's pace (from `planSchedule`). The pace is an input the reader can change.
 *
 * @example
 * <StudyPlan curriculum={llmEngineer} defaultHoursPerWeek={8} />
 */
export const StudyPlan = /* @__PURE__ */ withCurriculum(StudyPlanBase, 'StudyPlan');
