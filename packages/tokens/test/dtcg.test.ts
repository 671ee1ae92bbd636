import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type DtcgGroup, type DtcgToken, toDtcg } from '../src/emit/dtcg.js';
import { tokenNames, tokens } from '../src/index.js';
import { baseEntries, themeEntries } from '../src/tokens.js';

/** The types of the DTCG Format Module 2025.10. */
const dtcgTypes = new Set([
  'color',
  'dimension',
  'fontFamily',
  'fontWeight',
  'duration',
  'cubicBezier',
  'number',
  'strokeStyle',
  'border',
  'transition',
  'shadow',
  'gradient',
  'typography',
]);

interface Leaf {
  path: string[];
  token: DtcgToken;
}

/** Every token in the document; throws on anything that is neither a token nor a group. */
function leavesOf(group: DtcgGroup, path: string[] = []): Leaf[] {
  return Object.entries(group).flatMap(([key, node]): Leaf[] => {
    if (key.startsWith('$')) {
      if (key !== '$description') throw new Error(`unexpected ${key} on group ${path.join('.')}`);
      return [];
    }
    if (typeof node !== 'object' || node === null) {
      throw new Error(`${[...path, key].join('.')} is neither a token nor a group`);
    }
    if ('$value' in node) return [{ path: [...path, key], token: node as DtcgToken }];
    return leavesOf(node as DtcgGroup, [...path, key]);
  });
}

type Measure = { value: number; unit: string };
type Color = { colorSpace: string; components: number[]; alpha?: number; hex: string };
type ShadowLayer = Record<'offsetX' | 'offsetY' | 'blur' | 'spread', Measure> & { color: Color };

/** Writes a DTCG value back as CSS, to compare it with the source token. */
function toCssValue({ $type, $value }: DtcgToken): string {
  const measure = ({ value, unit }: Measure) => (value === 0 ? '0' : `${value}${unit}`);
  const rgb = ({ components, alpha }: Color) =>
    `rgb(${components.map((channel) => Math.round(channel * 255)).join(' ')} / ${alpha})`;
  switch ($type) {
    case 'color':
      return ($value as Color).hex;
    case 'dimension':
    case 'duration':
      return measure($value as Measure);
    case 'number':
    case 'fontWeight':
      return String($value);
    case 'cubicBezier':
      return `cubic-bezier(${($value as number[]).join(', ')})`;
    case 'fontFamily':
      return ($value as string[])
        .map((name) => (name.includes(' ') ? `"${name}"` : name))
        .join(', ');
    case 'shadow':
      return ([$value] as (ShadowLayer | ShadowLayer[])[])
        .flat()
        .map((layer) =>
          [layer.offsetX, layer.offsetY, layer.blur, layer.spread]
            .map(measure)
            .concat(rgb(layer.color))
            .join(' '),
        )
        .join(', ');
    default:
      throw new Error(`no CSS form for $type ${$type}`);
  }
}

describe('tokens.json (DTCG)', () => {
  const document = toDtcg();
  const leaves = leavesOf(document);

  it('gives every token a $value and a DTCG $type', () => {
    expect(leaves.length).toBeGreaterThan(0);
    for (const { path, token } of leaves) {
      expect(dtcgTypes.has(token.$type), `${path.join('.')}: $type ${token.$type}`).toBe(true);
      // A leaf is found by its `$value` key, so ask for a value in it, not just the key.
      expect([undefined, null, ''], path.join('.')).not.toContain(token.$value);
    }
  });

  it('holds every token of tokens.css (except the CSS-only color-scheme) for each theme it has', () => {
    const themed = ['color', 'shadow'];
    const names = leaves.map(({ path }) => {
      const [group = '', theme, ...rest] = path;
      return themed.includes(group) ? `${theme}:${[group, ...rest].join('-')}` : path.join('-');
    });
    const expected = [
      ...baseEntries().map(([name]) => name),
      ...(['light', 'dark'] as const).flatMap((theme) =>
        themeEntries(theme)
          .map(([name]) => name)
          .filter((name) => name !== 'color-scheme')
          .map((name) => `${theme}:${name}`),
      ),
    ];
    expect([...names].sort()).toEqual([...expected].sort());
    expect(tokenNames).toContain('color-scheme');
    expect(names.filter((name) => name.endsWith(':color-scheme'))).toEqual([]);
  });

  it('has the same paths under light and dark', () => {
    for (const group of ['color', 'shadow'] as const) {
      const paths = (theme: string) =>
        leavesOf(document[group] as DtcgGroup)
          .filter(({ path }) => path[0] === theme)
          .map(({ path }) => path.slice(1).join('.'));
      expect(paths('dark')).toEqual(paths('light'));
    }
  });

  it('writes colors as sRGB components in 0–1 with a hex fallback', () => {
    const colors = leaves.filter(({ token }) => token.$type === 'color');
    expect(colors.length).toBeGreaterThan(0);
    for (const { path, token } of colors) {
      const value = token.$value as Color;
      expect(value.colorSpace, path.join('.')).toBe('srgb');
      expect(value.components).toHaveLength(3);
      for (const channel of value.components) {
        expect(channel).toBeGreaterThanOrEqual(0);
        expect(channel).toBeLessThanOrEqual(1);
      }
      expect(value.hex).toMatch(/^#[0-9a-f]{6}$/);
    }
  });

  it('round-trips to the CSS value of the same token in the same theme', () => {
    const css = new Map([
      ...baseEntries(),
      ...themeEntries('light').map(([name, value]): [string, string] => [`light:${name}`, value]),
      ...themeEntries('dark').map(([name, value]): [string, string] => [`dark:${name}`, value]),
    ]);
    for (const { path, token } of leaves) {
      const [group = '', theme, ...rest] = path;
      const key =
        group === 'color' || group === 'shadow'
          ? `${theme}:${[group, ...rest].join('-')}`
          : path.join('-');
      expect(toCssValue(token), key).toBe(css.get(key));
    }
  });

  it('keeps numbers numeric', () => {
    expect((document['z-index'] as DtcgGroup).overlay).toEqual({
      $type: 'number',
      $value: tokens.zIndex.overlay,
    });
    expect(((document.font as DtcgGroup)['line-height'] as DtcgGroup).md).toEqual({
      $type: 'number',
      $value: tokens.font.lineHeight.md,
    });
  });

  it('is what the build shipped in dist/tokens.json', () => {
    let built: unknown;
    try {
      built = JSON.parse(readFileSync(new URL('../dist/tokens.json', import.meta.url), 'utf8'));
    } catch {
      throw new Error(
        'dist/tokens.json is missing: run `npm run build -w @trailmark/tokens` first',
      );
    }
    expect(built).toEqual(document);
  });
});
