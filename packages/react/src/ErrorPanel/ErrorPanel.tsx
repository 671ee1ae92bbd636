import type { CodedIssue } from '@trailmark/curriculum';
import { describeIssue } from '@trailmark/curriculum/locale';
import { type ComponentPropsWithoutRef, forwardRef, type ReactNode } from 'react';
import { useInterface } from '../CurriculumProvider/useInterface';
import { Heading, type HeadingLevel } from '../Heading';
import type { MessageOverrides } from '../i18n/messages';
import { classNames, type ThemeProps } from '../root';

/**
 * One problem to list: where (a path into the document) and what is wrong. A coded issue (of
 * `parseCurriculum`, `parseProgress` or `readSource`, with `code` and `params`) is worded in the
 * panel's locale; any other shows its `message` as is.
 */
export type ErrorPanelIssue = {
  /** `levels[1].modules[0].topics[3].url`; empty for the whole document. */
  path: string;
  /** What is wrong, shown when the issue has no `code` and `params` to word it from. */
  message: string;
} & (CodedIssue | { code?: undefined; params?: undefined });

/** An issue's words in `locale`: from its code and params when it has them. */
function wording(issue: ErrorPanelIssue, locale: string): string {
  return issue.code === undefined ? issue.message : describeIssue(issue, locale);
}

/** Props of {@link ErrorPanel}. */
export interface ErrorPanelProps extends ComponentPropsWithoutRef<'div'>, ThemeProps {
  /**
   * The problems, e.g. `parseCurriculum(input).issues` (worded in `locale`). Without any, the
   * panel shows only its heading and `description` (no count, no list).
   * @default []
   */
  issues?: readonly ErrorPanelIssue[];
  /**
   * The heading text.
   * @default the `error.title` message ("This roadmap cannot be shown")
   */
  heading?: string;
  /**
   * What failed, as a paragraph under the heading: for failures that are not about the document's
   * content (a network error, a 404), or to say where the document came from.
   * @example <ErrorPanel description="The file could not be downloaded: HTTP 404." />
   */
  description?: ReactNode;
  /**
   * The heading element level.
   * @default 2
   */
  headingLevel?: HeadingLevel;
  /**
   * How many issues to list; the rest are counted.
   * @default 20
   */
  maxIssues?: number;
  /**
   * Interface locale.
   * @default the provider's, else 'en'
   */
  locale?: string;
  /** Interface string overrides per locale. */
  messages?: MessageOverrides;
}

/**
 * Explains why a curriculum cannot be shown: an alert with a heading, an optional description, and
 * each issue's path and message as text. The provider and the top-level components render it for
 * invalid input.
 *
 * @example
 * const result = parseCurriculum(input);
 * if (!result.ok) return <ErrorPanel issues={result.issues} />;
 */
export const ErrorPanel = /* @__PURE__ */ forwardRef<HTMLDivElement, ErrorPanelProps>(
  function ErrorPanel(
    {
      issues = [],
      heading,
      description,
      headingLevel = 2,
      maxIssues = 20,
      locale,
      messages: overrides,
      theme = 'auto',
      className,
      ...rest
    },
    ref,
  ) {
    const { locale: lang, messages, format } = useInterface(locale, overrides);
    const shown = issues.slice(0, Math.max(0, maxIssues));
    const hidden = issues.length - shown.length;
    return (
      <div
        role="alert"
        lang={lang}
        {...rest}
        ref={ref}
        className={classNames('tm-root tm-error-panel', className)}
        data-tm-theme={theme}
      >
        <Heading level={headingLevel} className="tm-error-panel__title">
          {heading ?? messages['error.title']}
        </Heading>
        {description !== undefined && <p>{description}</p>}
        {issues.length > 0 && (
          <>
            <p>{format.message(messages['error.count'], { count: issues.length })}</p>
            <ul className="tm-error-panel__issues">
              {shown.map((issue, index) => (
                // Issues have no identity of their own; their order is stable for one input.
                // biome-ignore lint/suspicious/noArrayIndexKey: see above
                <li key={index}>
                  {issue.path && <code className="tm-error-panel__path">{issue.path}</code>}{' '}
                  <span>{wording(issue, lang)}</span>
                </li>
              ))}
            </ul>
          </>
        )}
        {hidden > 0 && <p>{format.message(messages['error.more'], { count: hidden })}</p>}
      </div>
    );
  },
);
