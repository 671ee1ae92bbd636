import type { Diagnostic } from '@codemirror/lint';
import { sniffFormat, type TextSpan } from '@trailmark/curriculum/source';
import { type Ref, useEffect, useId, useImperativeHandle, useRef } from 'react';
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
   * the text as one undoable change. What is typed is never replaced by an older text.
   */
  document: { text: string };
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
 * The playground's editor (CodeMirror, see editor/createEditor.ts), loaded when the page mounts:
 * the server and the first paint show its frame, sized as the editor will be, and the editor
 * arrives in a chunk of its own. Props given before it arrives are applied when it does.
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
  const controller = useRef<EditorController | null>(null);
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

  useEffect(() => {
    let cancelled = false;
    import('./editor/createEditor').then(({ createEditor }) => {
      const parent = host.current;
      if (cancelled || !parent) return;
      const now = latest.current;
      const editor = createEditor(parent, {
        text: now.document.text,
        attributes: now.attributes,
        settleMs: SETTLE_MS,
        onSettle: (text) => latest.current.onChange(text),
        ids: () => latest.current.ids,
        formatOf: sniffFormat,
      });
      editor.mark(now.diagnostics, now.checkedText);
      controller.current = editor;
    });
    return () => {
      cancelled = true;
      controller.current?.destroy();
      controller.current = null;
    };
  }, []);

  useEffect(() => {
    controller.current?.replace(document.text);
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
        controller.current?.select(span);
      },
    }),
    [],
  );

  return (
    <div className="demo-editor">
      {/* Not a <label>: the editor is not a form control; the text names it by aria-labelledby. */}
      <div id={labelId} className="demo-editor__label">
        {label}
      </div>
      <div ref={host} className="demo-editor__frame" />
    </div>
  );
}
