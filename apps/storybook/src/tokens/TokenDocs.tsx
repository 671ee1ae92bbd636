/**
 * Tables for the Tokens page, built from `@trailmark/tokens` itself so the page cannot drift from
 * the package: color swatches per theme, the scales, and the WCAG contrast of every color pair the
 * components draw.
 */
import { type ThemeName, tokens } from '@trailmark/tokens';
import { type ContrastResult, checkContrast } from '@trailmark/tokens/contrast';
import './TokenDocs.css';

const themes: readonly ThemeName[] = ['light', 'dark'];

/** `textMuted` -> `text-muted`, as the CSS names are written. */
function kebab(key: string): string {
  return key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}

/** Leaf values of a nested token group as `[css name, value]`, in declaration order. */
function entries(group: object, prefix: string): [string, string][] {
  return Object.entries(group).flatMap(([key, value]): [string, string][] =>
    typeof value === 'object' && value !== null
      ? entries(value, `${prefix}-${kebab(key)}`)
      : [[`${prefix}-${kebab(key)}`, String(value)]],
  );
}

/** Every color token with a swatch and its value in the light and the dark theme. */
export function ColorPalette() {
  const light = entries(tokens.color.light, 'color');
  const dark = new Map(entries(tokens.color.dark, 'color'));
  return (
    <table className="tm-docs-table">
      <caption>Color tokens in both themes</caption>
      <thead>
        <tr>
          <th scope="col">Variable</th>
          <th scope="col">Light</th>
          <th scope="col">Dark</th>
        </tr>
      </thead>
      <tbody>
        {light.map(([name, value]) => (
          <tr key={name}>
            <th scope="row">
              <code>--tm-{name}</code>
            </th>
            {themes.map((theme) => (
              <td key={theme}>
                <span
                  className="tm-docs-swatch"
                  aria-hidden="true"
                  style={{ background: theme === 'light' ? value : dark.get(name) }}
                />
                <code>{theme === 'light' ? value : dark.get(name)}</code>
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** A theme-independent group (space, radius, font sizes…) with a visual sample per step. */
export function ScaleTable({ group }: { group: 'space' | 'radius' | 'fontSize' }) {
  const rows =
    group === 'fontSize'
      ? entries(tokens.font.size, 'font-size')
      : entries(tokens[group], kebab(group));
  return (
    <table className="tm-docs-table">
      <caption>
        {group === 'fontSize' ? 'Font sizes' : `${group[0]?.toUpperCase()}${group.slice(1)}`}
      </caption>
      <thead>
        <tr>
          <th scope="col">Variable</th>
          <th scope="col">Value</th>
          <th scope="col">Sample</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([name, value]) => (
          <tr key={name}>
            <th scope="row">
              <code>--tm-{name}</code>
            </th>
            <td>
              <code>{value}</code>
            </td>
            <td>
              {group === 'space' && (
                <span className="tm-docs-bar" style={{ inlineSize: `var(--tm-${name})` }} />
              )}
              {group === 'radius' && (
                <span className="tm-docs-box" style={{ borderRadius: `var(--tm-${name})` }} />
              )}
              {group === 'fontSize' && (
                <span style={{ fontSize: `var(--tm-${name})` }}>Aa 路线图</span>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Ratio({ result }: { result: ContrastResult | undefined }) {
  if (!result) return <td>—</td>;
  return (
    <td>
      <span
        className="tm-docs-sample"
        aria-hidden="true"
        style={{ color: result.fgValue, background: result.bgValue }}
      >
        Aa
      </span>{' '}
      {Number.isNaN(result.ratio) ? result.problem : `${result.ratio.toFixed(2)}:1`}{' '}
      <strong>{result.pass ? 'pass' : 'FAIL'}</strong>
    </td>
  );
}

/**
 * WCAG 2.2 AA contrast of every foreground/background pair the components draw, measured by
 * `checkContrast()` in both themes: text needs 4.5:1, non-text (focus rings, borders, bars) 3:1.
 */
export function ContrastTable() {
  const results = checkContrast();
  const light = results.filter((result) => result.theme === 'light');
  const dark = results.filter((result) => result.theme === 'dark');
  return (
    <table className="tm-docs-table">
      <caption>
        Contrast of each color pair (WCAG 2.2 AA: text 4.5:1, non-text 3:1); {light.length} pairs,{' '}
        {results.filter((result) => !result.pass).length} failing
      </caption>
      <thead>
        <tr>
          <th scope="col">Where</th>
          <th scope="col">Foreground on background</th>
          <th scope="col">Needs</th>
          <th scope="col">Light</th>
          <th scope="col">Dark</th>
        </tr>
      </thead>
      <tbody>
        {light.map((pair, index) => (
          <tr key={`${pair.fg} ${pair.bg} ${pair.use}`}>
            <th scope="row">{pair.use}</th>
            <td>
              <code>{pair.fg}</code> on <code>{pair.bg}</code>
            </td>
            <td>{pair.required}:1</td>
            <Ratio result={pair} />
            <Ratio result={dark[index]} />
          </tr>
        ))}
      </tbody>
    </table>
  );
}
