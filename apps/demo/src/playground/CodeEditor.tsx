import type { TextSpan } from '@trailmark/curriculum/source';
import { type Ref, useId, useImperativeHandle, useRef } from 'react';

/** What a parent can do with the editor. */
export interface CodeEditorHandle {
  /** Focuses the text, selects `span` and scrolls its line into view. */
  select(span: TextSpan): void;
}

/** Props of {@link CodeEditor}. */
export interface CodeEditorProps {
  /** The text, controlled. */
  value: string;
  onChange: (value: string) => void;
  /** The visible label of the text area. */
  label: string;
  /** Ids of elements describing the text (format, line count). */
  describedBy?: string;
  /** Whether the document currently has issues (`aria-invalid`). */
  invalid?: boolean;
  ref?: Ref<CodeEditorHandle>;
}

/**
 * A plain `<textarea>` with line numbers beside it: native editing, undo, selection and screen
 * reader support, no editor library. Lines do not wrap, so the numbers stay aligned with them; the
 * gutter follows the text area's scrolling and is hidden from assistive technology.
 */
export function CodeEditor({ value, onChange, label, describedBy, invalid, ref }: CodeEditorProps) {
  const id = useId();
  const textarea = useRef<HTMLTextAreaElement>(null);
  const gutter = useRef<HTMLDivElement>(null);
  const lineCount = value.split('\n').length;

  useImperativeHandle(
    ref,
    () => ({
      select({ start, end }) {
        const element = textarea.current;
        if (!element) return;
        element.focus({ preventScroll: true });
        element.setSelectionRange(start, end);
        const line = element.value.slice(0, start).split('\n').length - 1;
        const lineHeight = Number.parseFloat(getComputedStyle(element).lineHeight) || 20;
        element.scrollTop = Math.max(0, line * lineHeight - element.clientHeight / 3);
        element.scrollIntoView({ block: 'nearest' });
      },
    }),
    [],
  );

  return (
    <div className="demo-editor">
      <label htmlFor={id} className="demo-editor__label">
        {label}
      </label>
      <div className="demo-editor__frame">
        <div
          ref={gutter}
          className="demo-editor__gutter"
          data-digits={Math.max(3, String(lineCount).length)}
          aria-hidden="true"
        >
          {Array.from({ length: lineCount }, (_, index) => index + 1).join('\n')}
        </div>
        <textarea
          ref={textarea}
          id={id}
          className="demo-editor__text"
          value={value}
          onChange={(event) => onChange(event.currentTarget.value)}
          onScroll={(event) => {
            if (gutter.current) gutter.current.scrollTop = event.currentTarget.scrollTop;
          }}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          wrap="off"
          spellCheck={false}
          autoCapitalize="off"
          autoComplete="off"
          autoCorrect="off"
          rows={24}
        />
      </div>
    </div>
  );
}
