import { createProgress, mergeProgress } from '@trailmark/curriculum';
import { formatList } from '@trailmark/curriculum/locale';
import { useCurriculum, useProgress } from '@trailmark/react';
import { type ChangeEvent, useId, useState } from 'react';
import { ConfirmDialog } from '../dialog/ConfirmDialog';
import { useAppLocale, useT } from '../locale/LocaleContext';
import type { MessageKey } from '../locale/messages';
import { type ProgressFileProblem, readProgressFile } from './progressFile';

type Notice = { kind: 'ok' | 'warning'; text: string; details?: readonly string[] };

const PROBLEM_MESSAGES: Record<ProgressFileProblem | 'unreadable', MessageKey> = {
  'not-json': 'progress.importNotJson',
  'not-progress': 'progress.importNotProgress',
  'other-version': 'progress.importOtherVersion',
  'other-roadmap': 'progress.importOtherRoadmap',
  'no-entries': 'progress.importNoEntries',
  unreadable: 'progress.importUnreadable',
};

/** How many ids a notice names before it stops (the count says how many there are). */
const IDS_SHOWN = 5;

/**
 * Export the learner's progress to a JSON file, import one (merged: the newer change of each topic
 * wins, so an old file never undoes newer work), or reset everything after a confirmation.
 */
export function ProgressActions() {
  const t = useT();
  const locale = useAppLocale();
  const curriculum = useCurriculum();
  const { downloadProgress, store } = useProgress();
  const [confirming, setConfirming] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const inputId = useId();

  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    const input = event.currentTarget;
    const file = input.files?.[0];
    // Cleared so that choosing the same file again imports it again.
    input.value = '';
    if (!file) return;
    const name = file.name;
    let text: string;
    try {
      text = await file.text();
    } catch {
      setNotice({ kind: 'warning', text: t(PROBLEM_MESSAGES.unreadable, { name }) });
      return;
    }
    const read = readProgressFile(text, curriculum);
    const ids = (all: readonly string[]) =>
      formatList(all.length > IDS_SHOWN ? [...all.slice(0, IDS_SHOWN), '…'] : all, locale);
    const details = [
      read.unknown.length > 0 &&
        t('progress.ignoredUnknown', { count: read.unknown.length, ids: ids(read.unknown) }),
      read.broken.length > 0 &&
        t('progress.ignoredBroken', { count: read.broken.length, ids: ids(read.broken) }),
    ].filter((detail) => detail !== false);
    if (read.problem) {
      setNotice({
        kind: 'warning',
        text: t(PROBLEM_MESSAGES[read.problem], {
          name,
          id: read.found ?? '',
          version: read.found ?? '',
          supported: read.progress.schemaVersion,
        }),
        details: details.length > 0 ? details : undefined,
      });
      return;
    }
    // Only the curriculum's own topics reach the store; per topic the newer change wins.
    store.set(mergeProgress(store.get(), read.progress));
    setNotice({
      kind: details.length > 0 ? 'warning' : 'ok',
      text: t('progress.imported', { count: Object.keys(read.progress.topics).length }),
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
