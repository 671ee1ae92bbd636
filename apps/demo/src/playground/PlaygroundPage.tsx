import type { Curriculum } from '@trailmark/curriculum';
import { CurriculumProvider, RoadmapTimeline } from '@trailmark/react';
import {
  type ChangeEvent,
  useDeferredValue,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
} from 'react';
import { ConfirmDialog } from '../dialog/ConfirmDialog';
import { Head } from '../head/Head';
import { localizedHead } from '../head/head';
import { useAppLocale, useT } from '../locale/LocaleContext';
import { PageTitle } from '../pages/PageTitle';
import { readStored, STORAGE_KEYS, writeStored } from '../preferences/storage';
import { CodeEditor, type CodeEditorHandle } from './CodeEditor';
import { toDiagnostics } from './diagnostics';
import { type DocumentIds, NO_IDS } from './document-ids';
import { MAX_LINK_LENGTH, readSharedDocument, shareLink } from './share';
import starter from './starter.yaml?raw';
import { useCheck } from './useCheck';

/** Larger files are refused: the playground reads the whole text after each pause in typing. */
const MAX_FILE_BYTES = 2 * 1024 * 1024;

/** A message above the editor: what happened to the document, or why something could not be done. */
type Notice =
  | { kind: 'info' | 'warning'; text: string }
  | { kind: 'link'; text: string; url: string };

/**
 * `/playground`: write, paste or upload a curriculum in JSON or YAML, or start from the built-in
 * LLM engineer roadmap, in a CodeMirror editor that completes and documents fields from the JSON
 * Schema and marks every issue in place; the issue list below names each with its path and
 * position, and clicking one selects it. The preview shows the timeline as it would render. The
 * text is kept in localStorage; "Copy a link" puts it, compressed, in the URL's fragment, and the
 * download buttons save it as `.yaml` or `.json`.
 */
export default function PlaygroundPage() {
  const t = useT();
  const locale = useAppLocale();
  const editor = useRef<CodeEditorHandle>(null);
  // The server and the first client render show the starter; the saved or shared text follows.
  const [loaded, setLoaded] = useState<{ text: string; restored?: boolean }>({ text: starter });
  const [text, setText] = useState(starter);
  const [confirming, setConfirming] = useState<'starter' | 'roadmap' | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const ids = { format: useId(), issues: useId(), keys: useId(), upload: useId() };

  /**
   * A document from outside the editor: shown, checked and kept at once. `restored`: the text kept
   * from an earlier visit, not a change to undo.
   */
  function load(next: string, restored = false) {
    setLoaded({ text: next, restored });
    setText(next);
    writeStored(STORAGE_KEYS.playground, next);
  }

  function typed(next: string) {
    setText(next);
    writeStored(STORAGE_KEYS.playground, next);
  }

  // biome-ignore lint/correctness/useExhaustiveDependencies: load and t are stable in what they do; this runs on mount.
  useEffect(() => {
    const saved = readStored(STORAGE_KEYS.playground);
    if (saved !== null) load(saved, true);
    async function openShared() {
      const shared = await readSharedDocument(window.location.hash);
      if (shared.kind === 'none') return;
      // The fragment has done its work: a reload must show the document as edited since.
      history.replaceState(history.state, '', window.location.pathname + window.location.search);
      if (shared.kind === 'damaged') {
        setNotice({ kind: 'warning', text: t('playground.sharedDamaged') });
        return;
      }
      load(shared.text);
      setNotice({ kind: 'info', text: t('playground.sharedOpened') });
    }
    openShared();
    window.addEventListener('hashchange', openShared);
    return () => window.removeEventListener('hashchange', openShared);
  }, []);

  const checked = useCheck(text, locale);
  const { issues } = checked;
  const diagnostics = useMemo(() => toDiagnostics(issues), [issues]);
  // Ids for completion come from the last text that read, so they survive a typo mid-edit.
  const lastIds = useRef<DocumentIds>(NO_IDS);
  if (checked.ids) lastIds.current = checked.ids;

  // The preview keeps the last valid curriculum while the text is broken mid-edit.
  const [lastValid, setLastValid] = useState<Curriculum | null>(null);
  const current = checked.curriculum ?? null;
  useEffect(() => {
    if (current) setLastValid(current);
  }, [current]);
  const preview = useDeferredValue(current ?? lastValid);

  async function upload(event: ChangeEvent<HTMLInputElement>) {
    const input = event.currentTarget;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    if (file.size > MAX_FILE_BYTES) {
      const reason = t('playground.tooLarge');
      setNotice({
        kind: 'warning',
        text: t('playground.uploadFailed', { name: file.name, reason }),
      });
      return;
    }
    try {
      load(await file.text());
      setNotice(null);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      setNotice({
        kind: 'warning',
        text: t('playground.uploadFailed', { name: file.name, reason }),
      });
    }
  }

  // Forking and downloading load the YAML writer and reader on first use, not with the page.
  async function fork() {
    const { roadmapAsYaml } = await import('./fork');
    load(roadmapAsYaml());
    setNotice(null);
  }

  async function download(format: 'yaml' | 'json') {
    const { downloadDocument } = await import('./download');
    const result = await downloadDocument(text, format);
    if (!result.ok) {
      setNotice({
        kind: 'warning',
        text: t('playground.downloadBlocked', { format: result.format.toUpperCase() }),
      });
    }
  }

  async function share() {
    const link = await shareLink(text, window.location.href);
    if (!link.ok) {
      setNotice({
        kind: 'warning',
        text: t('playground.shareTooLong', {
          length: link.length.toLocaleString(locale),
          limit: MAX_LINK_LENGTH.toLocaleString(locale),
        }),
      });
      return;
    }
    try {
      await navigator.clipboard.writeText(link.url);
      setNotice({ kind: 'info', text: t('playground.shareCopied') });
    } catch {
      setNotice({ kind: 'link', text: t('playground.shareManual'), url: link.url });
    }
  }

  const problemCount = issues.length;
  const lineCount = useMemo(() => text.split('\n').length, [text]);

  return (
    <article className="demo-page demo-playground">
      <Head
        {...localizedHead(locale, '/playground', {
          title: `${t('playground.title')} · ${t('site.name')}`,
          description: t('playground.description'),
        })}
      />
      <header className="demo-hero">
        <PageTitle>{t('playground.title')}</PageTitle>
        <p className="demo-lead">{t('playground.intro')}</p>
      </header>

      <div className="demo-playground__grid">
        <section className="demo-playground__source" aria-label={t('playground.editor')}>
          <div className="demo-actions">
            <button type="button" className="demo-button" onClick={() => setConfirming('roadmap')}>
              {t('playground.fork')}
            </button>
            <label className="demo-button demo-file" htmlFor={ids.upload}>
              <input
                id={ids.upload}
                type="file"
                accept=".json,.yaml,.yml,application/json,application/yaml,text/yaml"
                className="demo-file__input"
                onChange={upload}
              />
              {t('playground.upload')}
            </label>
            <button type="button" className="demo-button" onClick={() => setConfirming('starter')}>
              {t('playground.starter')}
            </button>
          </div>
          <div className="demo-actions">
            <button type="button" className="demo-button" onClick={share}>
              {t('playground.share')}
            </button>
            <button type="button" className="demo-button" onClick={() => download('yaml')}>
              {t('playground.downloadYaml')}
            </button>
            <button type="button" className="demo-button" onClick={() => download('json')}>
              {t('playground.downloadJson')}
            </button>
          </div>
          <div role="status" className="demo-playground__notice">
            {notice && notice.kind !== 'warning' && (
              <p className="demo-notice" data-kind="info">
                {notice.text}
                {notice.kind === 'link' && (
                  <input
                    className="demo-playground__link"
                    readOnly
                    value={notice.url}
                    aria-label={t('playground.shareLink')}
                    onFocus={(event) => event.currentTarget.select()}
                  />
                )}
              </p>
            )}
          </div>
          <div role="alert" className="demo-playground__notice">
            {notice?.kind === 'warning' && (
              <p className="demo-notice" data-kind="warning">
                {notice.text}
              </p>
            )}
          </div>
          <CodeEditor
            ref={editor}
            document={loaded}
            onChange={typed}
            label={t('playground.editor')}
            describedBy={`${ids.keys} ${ids.format} ${ids.issues}`}
            invalid={problemCount > 0}
            diagnostics={diagnostics}
            checkedText={checked.text}
            ids={lastIds.current}
          />
          <p id={ids.keys} className="demo-meta">
            {t('playground.keys')}
          </p>
          <p id={ids.format} className="demo-meta">
            {t('playground.format', { format: checked.format.toUpperCase() })} ·{' '}
            {t('playground.lines', { count: lineCount })}
          </p>

          <section className="demo-issues" aria-labelledby={`${ids.issues}-heading`}>
            <h2 id={`${ids.issues}-heading`}>
              {checked.kind === 'syntax' ? t('playground.syntaxErrors') : t('playground.issues')}
            </h2>
            <p
              id={ids.issues}
              role="status"
              className="demo-issues__summary"
              data-kind={checked.kind}
            >
              {checked.kind === 'valid' && t('playground.valid')}
              {checked.kind === 'empty' && t('playground.empty')}
              {problemCount > 0 && t('playground.issueCount', { count: problemCount })}
            </p>
            {problemCount > 0 && (
              <ol className="demo-issues__list">
                {issues.map((issue) => (
                  <li key={`${issue.path}:${issue.span.start}:${issue.message}`}>
                    <button
                      type="button"
                      className="demo-issue"
                      onClick={() => editor.current?.select(issue.span)}
                    >
                      {checked.kind === 'invalid' && (
                        <code className="demo-issue__path">
                          {issue.path || t('playground.root')}
                        </code>
                      )}
                      <span className="demo-issue__where">
                        {t('playground.position', { line: issue.line, column: issue.column })}
                      </span>
                      <span className="demo-issue__message">{issue.message}</span>
                    </button>
                  </li>
                ))}
              </ol>
            )}
          </section>
        </section>

        <section className="demo-playground__preview" aria-labelledby="preview-heading">
          <h2 id="preview-heading">{t('playground.preview')}</h2>
          {preview ? (
            <>
              {!current && <p className="demo-note">{t('playground.previewStale')}</p>}
              <CurriculumProvider curriculum={preview} locale={locale}>
                <RoadmapTimeline headingLevel={3} orientation="vertical" />
              </CurriculumProvider>
            </>
          ) : (
            <p className="demo-note">{t('playground.previewNone')}</p>
          )}
        </section>
      </div>

      <ConfirmDialog
        open={confirming !== null}
        title={t('playground.replaceTitle')}
        body={confirming === 'roadmap' ? t('playground.forkBody') : t('playground.replaceBody')}
        confirmLabel={t('playground.replaceConfirm')}
        onConfirm={() => (confirming === 'roadmap' ? fork() : load(starter))}
        onClose={() => setConfirming(null)}
      />
    </article>
  );
}
