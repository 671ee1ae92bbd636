/**
 * The editor's look, from the design tokens (`--tm-*` variables), so it follows the site's light
 * and dark themes; forced-colors mode (Windows high contrast) replaces the colours with the
 * system's. Syntax colours go through @lezer/highlight's `tok-*` classes. CodeMirror's base theme
 * draws lint marks with images; they become a wavy underline and a dot, visible in every theme.
 */
import { EditorView } from '@codemirror/view';

const danger = 'var(--tm-color-danger-fg)';

/** The playground editor's theme. */
export const trailmarkTheme = EditorView.theme({
  '&': {
    height: '100%',
    color: 'var(--tm-color-text)',
    backgroundColor: 'var(--tm-color-surface)',
    fontSize: 'var(--tm-font-size-sm)',
  },
  // Drawn inside: the frame around the editor clips what is outside.
  '&.cm-focused': { outline: '3px solid var(--tm-color-focus-ring)', outlineOffset: '-3px' },
  '.cm-scroller': { fontFamily: 'var(--tm-font-family-mono)', lineHeight: '1.5' },
  '.cm-content': { caretColor: 'var(--tm-color-text)' },
  '.cm-cursor, .cm-dropCursor': { borderLeftColor: 'var(--tm-color-text)' },
  '.cm-gutters': {
    borderRight: '1px solid var(--tm-color-border)',
    backgroundColor: 'var(--tm-color-bg-subtle)',
    color: 'var(--tm-color-text-muted)',
  },
  '.cm-activeLine': {
    backgroundColor: 'color-mix(in srgb, var(--tm-color-accent-subtle) 45%, transparent)',
  },
  '.cm-activeLineGutter': {
    backgroundColor: 'var(--tm-color-accent-subtle)',
    color: 'var(--tm-color-text)',
  },
  '&.cm-focused > .cm-scroller > .cm-selectionLayer .cm-selectionBackground, .cm-selectionBackground, .cm-content ::selection':
    { backgroundColor: 'color-mix(in srgb, var(--tm-color-focus-ring) 30%, transparent)' },
  '&.cm-focused .cm-matchingBracket': {
    backgroundColor: 'var(--tm-color-accent-subtle)',
    outline: '1px solid var(--tm-color-accent)',
  },
  '.tok-propertyName, .tok-definition': { color: 'var(--tm-color-accent)' },
  '.tok-string': { color: 'var(--tm-color-link)' },
  '.tok-number, .tok-bool, .tok-null, .tok-atom': {
    color: 'var(--tm-color-status-in-progress-fg)',
  },
  '.tok-comment, .tok-meta, .tok-punctuation': { color: 'var(--tm-color-text-muted)' },
  '.tok-comment': { fontStyle: 'italic' },
  '.tok-invalid': { color: danger },
  '.cm-lintRange-error': {
    backgroundImage: 'none',
    textDecoration: `underline wavy ${danger}`,
    textDecorationSkipInk: 'none',
    textUnderlineOffset: '3px',
  },
  '.cm-lintPoint-error:after': { borderBottomColor: danger },
  '.cm-lint-marker-error': {
    content: 'none',
    width: '0.75em',
    height: '0.75em',
    marginTop: '0.35em',
    borderRadius: '50%',
    backgroundColor: danger,
  },
  '.cm-tooltip': {
    maxWidth: 'min(32rem, 90vw)',
    border: '1px solid var(--tm-color-border-strong)',
    borderRadius: 'var(--tm-radius-sm)',
    backgroundColor: 'var(--tm-color-surface-raised)',
    color: 'var(--tm-color-text)',
    boxShadow: 'var(--tm-shadow-md)',
    fontFamily: 'var(--tm-font-family-sans)',
  },
  '.cm-tooltip-hover, .cm-diagnostic, .cm-completionInfo': { padding: '0.5rem 0.75rem' },
  '.cm-diagnostic-error': { borderLeft: `4px solid ${danger}` },
  '.cm-tooltip-autocomplete > ul': { fontFamily: 'var(--tm-font-family-mono)' },
  '.cm-tooltip-autocomplete > ul > li[aria-selected]': {
    backgroundColor: 'var(--tm-color-accent)',
    color: 'var(--tm-color-text-on-accent)',
  },
  '.cm-completionDetail, .cm6-json-schema-hover--code': { color: 'var(--tm-color-text-muted)' },
  '.cm-tooltip code': { fontFamily: 'var(--tm-font-family-mono)' },
  '.cm-panels': {
    backgroundColor: 'var(--tm-color-bg-subtle)',
    color: 'var(--tm-color-text)',
  },
  '.cm-button, .cm-textfield': { color: 'inherit' },
  '@media (max-width: 40rem)': {
    // 16px text keeps iOS from zooming into the editor on focus.
    '&': { fontSize: 'var(--tm-font-size-md)' },
  },
  '@media (forced-colors: active)': {
    '.cm-lintRange-error': { textDecorationColor: 'CanvasText' },
    '.cm-lint-marker-error': { backgroundColor: 'CanvasText' },
    '.cm-tooltip-autocomplete > ul > li[aria-selected]': {
      backgroundColor: 'Highlight',
      color: 'HighlightText',
    },
  },
});
