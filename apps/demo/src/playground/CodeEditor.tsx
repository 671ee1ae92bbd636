import type { Diagnostic } from '@codemirror/lint';
import { sniffFormat, type TextSpan } from '@trailmark/curriculum/source';
import { type Ref, useEffect, useId, useImperativeHandle, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { DocumentIds } from './document-ids';
import type { ContentAttributes, EditorController } from './editor/createEditor';

/** How long typing pauses before the document is handed on to be checked. */
const SETTLE_MS = 250;

/** What a parent can do with the editor. */
export interface CodeEditorHandle {
  /** Focuses the text, selects `span` and scrolls it into view. */
  select(span: TextSpan): void;
}

/** Props of {@link CodeEditor}. */
export interface CodeEditorProps {
  /**
   * A document loaded from outside (an upload, a fork, a shared link): each new object replaces
   * the text as one undoable change. `restored` marks the text kept from an earlier visit, which
   * starts the history rather than being a change in it, and gives way to anything typed already.
   */
  document: { text: string; restored?: boolean };
  /** The text once typing pauses (250 ms), so checking never runs on each keystroke. */
  onChange: (value: string) => void;
  /** The visible label of the editor. */
  label: string;
  /** Ids of elements describing the editor (keys, format, issue count). */
  describedBy?: string;
  /** Whether the document currently has issues (`aria-invalid`). */
  invalid?: boolean;
  /** The issues of the text `checkedText`, marked in place. */
  diagnostics: readonly Diagnostic[];
  /** The text the diagnostics were found in; they are shown only while the editor holds it. */
  checkedText: string;
  /** The ids the document declares, offered where ids are expected. */
  ids: DocumentIds;
  ref?: Ref<CodeEditorHandle>;
}

/**
 * The playground's editor. The page starts with the document in a plain, labelled `<textarea>`
 * (editable once the page has hydrated), and CodeMirror (editor/createEditor.ts, a chunk of its
 * own, about 140 kB gzip) loads on the first focus of, or press on, it: evaluating CodeMirror is
 * the longest task the page would otherwise run while it loads. CodeMirror then takes the text
 * area's place with its text (anything typed meanwhile included, and each document loaded since
 * one undo step away), selection, scroll position and focus.
 */
export function CodeEditor({
  document,
  onChange,
  label,
  describedBy,
  invalid,
  diagnostics,
  checkedText,
  ids,
  ref,
}: CodeEditorProps) {
  const labelId = useId();
  const host = useRef<HTMLDivElement>(null);
  const area = useRef<HTMLTextAreaElement>(null);
  const controller = useRef<EditorController | null>(null);
  // The server render is read-only: React resets a text area's value when it hydrates, which would
  // drop what was typed before. Editable from the first effect on.
  const [hydrated, setHydrated] = useState(false);
  const [mounted, setMounted] = useState(false);
  // The area's own text after the first render is set by the effects below, not by React.
  const [initialText] = useState(document.text);
  const attributes: ContentAttributes = {
    // An editing host reports tabIndex -1; saying 0 tells assistive checks it is in the tab order.
    tabindex: '0',
    'aria-labelledby': labelId,
    ...(describedBy ? { 'aria-describedby': describedBy } : {}),
    ...(invalid ? { 'aria-invalid': 'true' } : {}),
  };
  // What the editor needs when it arrives, and what its callbacks read later.
  const latest = useRef({ document, onChange, ids, attributes, diagnostics, checkedText });
  latest.current = { document, onChange, ids, attributes, diagnostics, checkedText };
  // Before CodeMirror: the texts the area has held, oldest first (each loaded document, and what
  // was typed before it), replayed as CodeMirror's undo history; and typing not yet handed on.
  const texts = useRef([document.text]);
  const settle = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const upgrade = useRef<(() => void) | null>(null);

  useEffect(() => {
    let cancelled = false;
    let started = false;
    let composing = false;
    const textArea = area.current;

    function mount({ createEditor }: typeof import('./editor/createEditor')) {
      const parent = host.current;
      if (cancelled || !parent || !textArea) return;
      // Swapping the element under an input method would lose the word being composed.
      if (composing) {
        textArea.addEventListener('compositionend', () => mount({ createEditor }), { once: true });
        return;
      }
      const now = latest.current;
      const typed = textArea.value;
      if (settle.current !== undefined) {
        clearTimeout(settle.current);
        settle.current = undefined;
        now.onChange(typed);
      }
      if (typed !== texts.current.at(-1)) texts.current.push(typed);
      const [first = typed, ...rest] = texts.current;
      const editor = createEditor(parent, {
        text: first,
        attributes: now.attributes,
        settleMs: SETTLE_MS,
        onSettle: (text) => latest.current.onChange(text),
        ids: () => latest.current.ids,
        formatOf: sniffFormat,
      });
      for (const text of rest) editor.replace(text);
      const backward = textArea.selectionDirection === 'backward';
      const { selectionStart, selectionEnd, scrollTop, scrollHeight } = textArea;
      const lines = typed.split('\n').length;
      const focused = globalThis.document.activeElement === textArea;
      controller.current = editor;
      flushSync(() => setMounted(true));
      editor.takeOver({
        anchor: backward ? selectionEnd : selectionStart,
        head: backward ? selectionStart : selectionEnd,
        ...(scrollTop > 0 && { topLine: Math.floor((scrollTop / scrollHeight) * lines) + 1 }),
        focused,
      });
      editor.mark(now.diagnostics, now.checkedText);
    }

    upgrade.current = () => {
      if (started) return;
      started = true;
      import('./editor/createEditor').then(mount, () => {
        // Not loaded (offline, say): the text area stays a plain editor; the next focus retries.
        started = false;
      });
    };
    const onCompositionStart = () => {
      composing = true;
    };
    const onCompositionEnd = () => {
      composing = false;
    };
    textArea?.addEventListener('compositionstart', onCompositionStart);
    textArea?.addEventListener('compositionend', onCompositionEnd);
    setHydrated(true);
    // Focused before the page could listen (a tap while it loaded).
    if (textArea && globalThis.document.activeElement === textArea) upgrade.current();
    return () => {
      cancelled = true;
      textArea?.removeEventListener('compositionstart', onCompositionStart);
      textArea?.removeEventListener('compositionend', onCompositionEnd);
      clearTimeout(settle.current);
      controller.current?.destroy();
      controller.current = null;
    };
  }, []);

  useEffect(() => {
    const textArea = area.current;
    if (controller.current) {
      controller.current.replace(document.text);
    } else if (textArea && textArea.value !== document.text) {
      const typed = textArea.value !== texts.current.at(-1);
      if (document.restored) {
        // Kept from an earlier visit, so older than anything typed on this one.
        if (typed) {
          latest.current.onChange(textArea.value);
          return;
        }
        texts.current = [];
      } else if (typed) {
        texts.current.push(textArea.value);
      }
      texts.current.push(document.text);
      textArea.value = document.text;
      // A new document opens at its start (setting the value puts the caret at its end).
      textArea.setSelectionRange(0, 0);
      textArea.scrollTop = 0;
    }
  }, [document]);

  const attributesKey = JSON.stringify(attributes);
  // biome-ignore lint/correctness/useExhaustiveDependencies: attributesKey stands for the attributes.
  useEffect(() => {
    controller.current?.setAttributes(latest.current.attributes);
  }, [attributesKey]);

  useEffect(() => {
    controller.current?.mark(diagnostics, checkedText);
  }, [diagnostics, checkedText]);

  useImperativeHandle(
    ref,
    () => ({
      select(span) {
        if (controller.current) {
          controller.current.select(span);
          return;
        }
        const textArea = area.current;
        if (!textArea) return;
        textArea.setSelectionRange(span.start, span.end);
        // Focus brings the editor, which takes this selection over.
        textArea.focus();
      },
    }),
    [],
  );

  function typedInArea() {
    clearTimeout(settle.current);
    settle.current = setTimeout(() => {
      settle.current = undefined;
      if (area.current) latest.current.onChange(area.current.value);
    }, SETTLE_MS);
  }

  return (
    <div className="demo-editor">
      {/* Not a <label>: CodeMirror's editor is not a form control; both name it by aria-labelledby. */}
      <div id={labelId} className="demo-editor__label">
        {label}
      </div>
      <div ref={host} className="demo-editor__frame">
        {!mounted && (
          <textarea
            ref={area}
            className="demo-editor__text"
            defaultValue={initialText}
            readOnly={!hydrated}
            aria-labelledby={labelId}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            spellCheck={false}
            autoCapitalize="off"
            autoComplete="off"
            autoCorrect="off"
            translate="no"
            onFocus={() => upgrade.current?.()}
            onPointerDown={() => upgrade.current?.()}
            onInput={typedInArea}
          />
        )}
      </div>
    </div>
  );
}
