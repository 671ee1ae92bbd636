import { type Curriculum, type CurriculumIssue, parseCurriculum } from '@trailmark/curriculum';
import { describeIssue } from '@trailmark/curriculum/locale';
import {
  type ReadValue,
  readSource,
  type SyntaxIssue,
  type TextSpan,
} from '@trailmark/curriculum/source';
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
import starter from './starter.yaml?raw';

/** Larger files are refused: the playground parses on every keystroke. */
const MAX_FILE_BYTES = 2 * 1024 * 1024;

/** What the document says, checked. */
type Checked =
  | { kind: 'empty' }
  | { kind: 'syntax'; issues: SyntaxIssue[] }
  | { kind: 'invalid'; issues: CurriculumIssue[]; source: ReadValue }
  | { kind: 'valid'; curriculum: Curriculum };

/**
 * `/playground`: write, paste or upload a curriculum in JSON or YAML; every syntax error and
 * validation issue is listed with its path and position, and clicking one selects that place in
 * the text; the preview shows the timeline as it would render. The text is kept in localStorage.
 */
export default function PlaygroundPage() {
  const t = useT();
  const locale = useAppLocale();
  const editor = useRef<CodeEditorHandle>(null);
  // The server and the first client render show the starter; the saved text follows.
  const [text, setText] = useState(starter);
  const [confirming, setConfirming] = useState(false);
  const [uploadError, setUploadError] = useState<string | null>(null);
  const ids = { format: useId(), issues: useId(), upload: useId() };

  useEffect(() => {
    const saved = readStored(STORAGE_KEYS.playground);
    if (saved !== null) setText(saved);
  }, []);

  function change(next: string) {
    setText(next);
    writeStored(STORAGE_KEYS.playground, next);
  }

  const source = useMemo(() => readSource(text), [text]);
  const checked = useMemo<Checked>(() => {
    if (!source.ok) {
      return source.issues[0].code === 'empty'
        ? { kind: 'empty' }
        : { kind: 'syntax', issues: source.issues };
    }
    const result = parseCurriculum(source.value);
    return result.ok
      ? { kind: 'valid', curriculum: result.value }
      : { kind: 'invalid', issues: result.issues, source };
  }, [source]);

  // The preview keeps the last valid curriculum while the text is broken mid-edit.
  const [lastValid, setLastValid] = useState<Curriculum | null>(null);
  const current = checked.kind === 'valid' ? checked.curriculum : null;
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
      setUploadError(
        t('playground.uploadFailed', { name: file.name, reason: t('playground.tooLarge') }),
      );
      return;
    }
    try {
      change(await file.text());
      setUploadError(null);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      setUploadError(t('playground.uploadFailed', { name: file.name, reason }));
    }
  }

  const jump = (span: TextSpan) => editor.current?.select(span);
  const problemCount =
    checked.kind === 'syntax' || checked.kind === 'invalid' ? checked.issues.length : 0;

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
            <button type="button" className="demo-button" onClick={() => setConfirming(true)}>
              {t('playground.starter')}
            </button>
          </div>
          {uploadError && (
            <p role="alert" className="demo-notice" data-kind="warning">
              {uploadError}
            </p>
          )}
          <CodeEditor
            ref={editor}
            value={text}
            onChange={change}
            label={t('playground.editor')}
            describedBy={`${ids.format} ${ids.issues}`}
            invalid={problemCount > 0}
          />
          <p id={ids.format} className="demo-meta">
            {t('playground.format', { format: source.format.toUpperCase() })} ·{' '}
            {t('playground.lines', { count: text.split('\n').length })}
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
            {checked.kind === 'syntax' && (
              <ol className="demo-issues__list">
                {checked.issues.map((problem) => (
                  <li key={`${problem.span.start}:${problem.message}`}>
                    <button type="button" className="demo-issue" onClick={() => jump(problem.span)}>
                      <span className="demo-issue__where">
                        {t('playground.position', { line: problem.line, column: problem.column })}
                      </span>
                      <span className="demo-issue__message">{describeIssue(problem, locale)}</span>
                    </button>
                  </li>
                ))}
              </ol>
            )}
            {checked.kind === 'invalid' && (
              <ol className="demo-issues__list">
                {checked.issues.map((issue) => {
                  // The value, the key itself for an unknown key, or the object a field is missing from.
                  const span = checked.source.locate(issue.segments, issue.code);
                  const position = checked.source.positionOf(span.start);
                  return (
                    <li key={`${issue.path}:${issue.code}:${issue.message}`}>
                      <button type="button" className="demo-issue" onClick={() => jump(span)}>
                        <code className="demo-issue__path">
                          {issue.path || t('playground.root')}
                        </code>
                        <span className="demo-issue__where">
                          {t('playground.position', {
                            line: position.line,
                            column: position.column,
                          })}
                        </span>
                        <span className="demo-issue__message">{describeIssue(issue, locale)}</span>
                      </button>
                    </li>
                  );
                })}
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
        open={confirming}
        title={t('playground.replaceTitle')}
        body={t('playground.replaceBody')}
        confirmLabel={t('playground.replaceConfirm')}
        onConfirm={() => change(starter)}
        onClose={() => setConfirming(false)}
      />
    </article>
  );
}
