import { createProgress } from '@trailmark/curriculum';
import { useProgress } from '@trailmark/react';
import { type ChangeEvent, useId, useState } from 'react';
import { ConfirmDialog } from '../dialog/ConfirmDialog';
import { useT } from '../locale/LocaleContext';

type Notice = { kind: 'ok' | 'warning'; text: string; details?: readonly string[] };

/**
 * Export the learner's progress to a JSON file, import one (merged: the newer change of each topic
 * wins, so an old file never undoes newer work), or reset everything after a confirmation.
 */
export function ProgressActions() {
  const t = useT();
  const { downloadProgress, importProgress, store } = useProgress();
  const [confirming, setConfirming] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const inputId = useId();

  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    const input = event.currentTarget;
    const file = input.files?.[0];
    // Cleared so that choosing the same file again imports it again.
    input.value = '';
    if (!file) return;
    const result = await importProgress(file);
    if (result.topics === 0 && result.warnings.length > 0) {
      setNotice({
        kind: 'warning',
        text: t('progress.importFailed', { reason: result.warnings.join(' ') }),
      });
      return;
    }
    setNotice({
      kind: result.warnings.length > 0 ? 'warning' : 'ok',
      text: t('progress.imported', { count: result.topics }),
      details: result.warnings.length > 0 ? result.warnings : undefined,
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
              <>
                <p>{t('progress.importWarnings')}</p>
                <ul>
                  {notice.details.map((detail) => (
                    <li key={detail}>{detail}</li>
                  ))}
                </ul>
              </>
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
