/**
 * The playground's CodeMirror editor, built in the browser only: CodeEditor imports this module
 * on the first focus of, or press on, the plain text area the page starts with, so neither the
 * page's load nor a visitor who only reads it waits for CodeMirror.
 */
import { indentWithTab, isolateHistory } from '@codemirror/commands';
import { json, jsonLanguage } from '@codemirror/lang-json';
import { yaml, yamlLanguage } from '@codemirror/lang-yaml';
import { syntaxHighlighting } from '@codemirror/language';
import { type Diagnostic, lintGutter, setDiagnostics } from '@codemirror/lint';
import { Compartment, EditorSelection, EditorState, type Extension } from '@codemirror/state';
import { EditorView, keymap } from '@codemirror/view';
import { classHighlighter } from '@lezer/highlight';
import type { SourceFormat, TextSpan } from '@trailmark/curriculum/source';
import { basicSetup } from 'codemirror';
import type { DocumentIds } from '../document-ids';
import { changeBetween } from '../text-change';
import { idCompletion } from './id-completion';
import { trailmarkTheme } from './theme';

/** Attributes of the editable element: its name, description and validity. */
export type ContentAttributes = Record<string, string>;

/** Options of {@link createEditor}. */
export interface EditorOptions {
  text: string;
  attributes: ContentAttributes;
  /** Called with the text once typing pauses for `settleMs`. */
  onSettle: (text: string) => void;
  settleMs: number;
  /** The document's ids, read at each completion request. */
  ids: () => DocumentIds;
  /**
   * The format of a text (`sniffFormat`), passed in: importing `@trailmark/curriculum/source`
   * here would split the modules other pages share into more files.
   */
  formatOf: (text: string) => SourceFormat;
}

/** Where the plain text area the editor takes over from was: selection, scroll and focus. */
export interface TakeOver {
  anchor: number;
  head: number;
  /** The line at the top of the text area's view (1-based), when it was scrolled. */
  topLine?: number;
  focused: boolean;
}

/** What the React wrapper does with the editor. */
export interface EditorController {
  /**
   * Changes the text to `text` as one undo step of its own (nothing when it is the same); only
   * the part that differs is replaced.
   */
  replace(text: string): void;
  /** Selects, scrolls and focuses as the text area did. */
  takeOver(from: TakeOver): void;
  /** Marks `diagnostics`, found in `checkedText`, if the editor still holds that text. */
  mark(diagnostics: readonly Diagnostic[], checkedText: string): void;
  setAttributes(attributes: ContentAttributes): void;
  /** Focuses the editor and selects `span`, scrolled into view. */
  select(span: TextSpan): void;
  destroy(): void;
}

/** The language of one format, with ids completed where they are expected. */
function languageFor(format: SourceFormat, ids: () => DocumentIds): Extension {
  const language = format === 'json' ? jsonLanguage : yamlLanguage;
  return [
    format === 'json' ? json() : yaml(),
    language.data.of({ autocomplete: idCompletion(ids, format) }),
  ];
}

/**
 * An editor in `parent`: JSON or YAML (told apart as the text changes), completion and hover
 * documentation from the curriculum's JSON Schema (./schema-support.ts, loaded on the first focus
 * or pointer over the editor, then marked by `data-schema-ready` on the editor), ids completed where
 * expected, issues marked with CodeMirror's lint (underline, gutter, hover). Tab indents; Escape then Tab (or Ctrl-M, Shift-Alt-M
 * on macOS) moves focus on, CodeMirror's documented way out.
 */
export function createEditor(parent: HTMLElement, options: EditorOptions): EditorController {
  const language = new Compartment();
  const attributes = new Compartment();
  const schema = new Compartment();
  const schemaReady = new Compartment();
  let format = options.formatOf(options.text);
  let support: ((format: SourceFormat) => Extension) | undefined;
  let loading = false;
  function loadSchemaSupport() {
    if (loading) return;
    loading = true;
    import('./schema-support').then(({ schemaSupport }) => {
      support = schemaSupport;
      view.dispatch({
        effects: [
          schema.reconfigure(schemaSupport(format)),
          schemaReady.reconfigure(EditorView.editorAttributes.of({ 'data-schema-ready': '' })),
        ],
      });
    });
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  const view = new EditorView({
    parent,
    state: EditorState.create({
      doc: options.text,
      extensions: [
        basicSetup,
        keymap.of([indentWithTab]),
        syntaxHighlighting(classHighlighter),
        trailmarkTheme,
        lintGutter(),
        EditorView.lineWrapping,
        language.of(languageFor(format, options.ids)),
        schema.of([]),
        schemaReady.of([]),
        EditorView.domEventHandlers({ focus: loadSchemaSupport, mouseover: loadSchemaSupport }),
        attributes.of(EditorView.contentAttributes.of(options.attributes)),
        // The format follows the text: pasting JSON over YAML switches the language with it.
        EditorState.transactionExtender.of((transaction) => {
          if (!transaction.docChanged) return null;
          const next = options.formatOf(transaction.newDoc.sliceString(0, 1_000));
          if (next === format) return null;
          format = next;
          const effects = [language.reconfigure(languageFor(next, options.ids))];
          if (support) effects.push(schema.reconfigure(support(next)));
          return { effects };
        }),
        EditorView.updateListener.of((update) => {
          if (!update.docChanged) return;
          clearTimeout(timer);
          timer = setTimeout(() => options.onSettle(view.state.doc.toString()), options.settleMs);
        }),
      ],
    }),
  });

  return {
    replace(text) {
      const change = changeBetween(view.state.doc.toString(), text);
      if (change.from === change.to && change.insert === '') return;
      view.dispatch({ changes: change, annotations: isolateHistory.of('full') });
    },
    takeOver({ anchor, head, topLine, focused }) {
      const { doc } = view.state;
      const clamp = (offset: number) => Math.max(0, Math.min(offset, doc.length));
      const top = topLine && doc.line(Math.max(1, Math.min(topLine, doc.lines))).from;
      const selection = EditorSelection.single(clamp(anchor), clamp(head));
      // Where the text area was scrolled to; unscrolled, a focused caret is still brought into view.
      const scroll = top
        ? EditorView.scrollIntoView(top, { y: 'start', yMargin: 0 })
        : focused && EditorView.scrollIntoView(selection.main, { y: 'nearest' });
      view.dispatch({ selection, ...(scroll ? { effects: scroll } : {}) });
      if (focused) view.focus();
    },
    mark(diagnostics, checkedText) {
      // Issues of an older text would sit at the wrong places; the next check brings the right ones.
      if (view.state.doc.toString() !== checkedText) return;
      view.dispatch(setDiagnostics(view.state, diagnostics));
    },
    setAttributes(next) {
      view.dispatch({ effects: attributes.reconfigure(EditorView.contentAttributes.of(next)) });
    },
    select({ start, end }) {
      const length = view.state.doc.length;
      view.dispatch({
        selection: EditorSelection.range(Math.min(start, length), Math.min(end, length)),
        scrollIntoView: true,
      });
      view.focus();
    },
    destroy() {
      clearTimeout(timer);
      view.destroy();
    },
  };
}
