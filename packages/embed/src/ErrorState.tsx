import type { EmbedError } from './embed-error';

/** Issues listed in full before the rest are summarised; a broken file can have thousands. */
const MAX_LISTED_ISSUES = 50;

/** Props of {@link ErrorState}. */
export interface ErrorStateProps {
  error: EmbedError;
}

/**
 * What the element shows instead of a roadmap when loading or drawing it failed: what failed, and
 * for an invalid document every problem with its path, so the author can fix the file.
 */
export function ErrorState({ error }: ErrorStateProps) {
  const issues = error.issues ?? [];
  const listed = issues.slice(0, MAX_LISTED_ISSUES);
  return (
    <div className="tm-embed-error" role="alert" lang="en" data-kind={error.kind}>
      <p className="tm-embed-error__title">This roadmap could not be shown</p>
      <p className="tm-embed-error__message">{error.message}</p>
      {listed.length > 0 && (
        <ul className="tm-embed-error__issues">
          {listed.map((issue, index) => (
            // Issues have no id; the same path can carry several problems.
            // biome-ignore lint/suspicious/noArrayIndexKey: the list is rendered once and never reordered
            <li key={index}>
              <code className="tm-embed-error__path">
                {issue.path === '' ? '(document)' : issue.path}
              </code>{' '}
              {issue.message}
            </li>
          ))}
        </ul>
      )}
      {issues.length > listed.length && (
        <p className="tm-embed-error__more">
          …and {issues.length - listed.length} more problems not listed.
        </p>
      )}
    </div>
  );
}
