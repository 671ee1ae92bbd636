import { createProgress, isWholeInputIssue, type ProgressIssue } from '@trailmark/curriculum';
import { describeIssue, formatList } from '@trailmark/curriculum/locale';
import { useProgress } from '@trailmark/react';
import { type ChangeEvent, useId, useState } from 'react';
import { ConfirmDialog } from '../dialog/ConfirmDialog';
import { useAppLocale, useT } from '../locale/LocaleContext';

type Notice = { kind: 'ok' | 'warning'; text: string; details?: readonly string[] };

/** How many ids a notice names before it stops (the count says how many there are). */
const IDS_SHOWN = 5;

/**
 * Export the learner's progress to a JSON file, import one (merged: the newer change of each topic
 * wins, so an old file never undoes newer work), or reset everything after a confirmation.
 */
export function ProgressActions() {
  const t = useT();
  const locale = useAppLocale();
  const { downloadProgress, importProgress, store } = useProgress();
  const [confirming, setConfirming] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const inputId = useId();

  /** The ids of the entries left out for `codes`, with how many there are. */
  function leftOut(issues: readonly ProgressIssue[], codes: readonly ProgressIssue['code'][]) {
    const ids = issues.flatMap((issue) =>
      codes.includes(issue.code) && 'topic' in issue.params ? [issue.params.topic] : [],
    );
    const shown = ids.length > IDS_SHOWN ? [...ids.slice(0, IDS_SHOWN), '…'] : ids;
    return { count: ids.length, ids: formatList(shown, locale) };
  }

  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    const input = event.currentTarget;
    const file = input.files?.[0];
    // Cleared so that choosing the same file again imports it again.
    input.value = '';
    if (!file) return;
    const name = file.name;
    // Only the roadmap's own topics reach the store; per topic the newer change wins.
    const { issues, topics } = await importProgress(file);
    const whole = issues.find(isWholeInputIssue);
    if (whole) {
      // Why, in the SDK's words for the issue, in the page's language.
      setNotice({
        kind: 'warning',
        text: t('progress.importRefused', { name, problem: describeIssue(whole, locale) }),
      });
      return;
    }
    const unknown = leftOut(issues, ['unknown_topic']);
    const broken = leftOut(issues, ['invalid_entry', 'invalid_topic_id']);
    const details = [
      unknown.count > 0 && t('progress.ignoredUnknown', unknown),
      broken.count > 0 && t('progress.ignoredBroken', broken),
    ].filter((detail) => detail !== false);
    setNotice({
      kind: details.length > 0 || topics === 0 ? 'warning' : 'ok',
      text:
        topics === 0
          ? t('progress.importNoEntries', { name })
          : t('progress.imported', { count: topics }),
      details: details.length > 0 ? details : undefined,
    });
  }

  return (
    <div className="demo-progress-actions">
      <h3 className="demo-visually-hidden">{t('progress.actions')}</h3>
      <div className="demo-actions">
        <button type="button" className="demo-button" onClick={() => downloadProgress()}>
          {t('progress.export')}
        </button>
        <label className="demo-button demo-file" htmlFor={inputId}>
          <input
            id={inputId}
            type="file"
            accept=".json,application/json"
            className="demo-file__input"
            onChange={onFile}
          />
          {t('progress.import')}
        </label>
        <button
          type="button"
          className="demo-button demo-button--danger"
          onClick={() => setConfirming(true)}
        >
          {t('progress.reset')}
        </button>
      </div>
      <div role="status" className="demo-notice" data-kind={notice?.kind}>
        {notice && (
          <>
            <p>{notice.text}</p>
            {notice.details && (
              <ul>
                {notice.details.map((detail) => (
                  <li key={detail}>{detail}</li>
                ))}
              </ul>
            )}
          </>
        )}
      </div>
      <ConfirmDialog
        open={confirming}
        title={t('progress.resetTitle')}
        body={t('progress.resetBody')}
        confirmLabel={t('progress.resetConfirm')}
        onConfirm={() => {
          store.set(createProgress(store.get().curriculumId));
          setNotice({ kind: 'ok', text: t('progress.resetDone') });
        }}
        onClose={() => setConfirming(false)}
      />
    </div>
  );
}
