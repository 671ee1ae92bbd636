/**
 * Writes tokens.json in the Design Tokens Community Group format (Format Module 2025.10): every
 * token is `{ $type, $value }`, colors are sRGB component objects with a `hex` fallback, lengths and
 * durations are `{ value, unit }`.
 *
 * Themes are plain groups (`color.light.bg`, `color.dark.bg`) with identical paths below them,
 * mirroring the JS object. Any DTCG reader then sees both themes without understanding an
 * extension, and a design tool maps the two groups onto two modes of one collection path by path.
 * `colorScheme` is left out: it is a CSS switch, not a design decision.
 */
import { parseHexColor, type Rgb } from '../contrast.js';
import { kebab } from '../flatten.js';
import { tokens } from '../tokens.js';

/** A DTCG color value in sRGB, channels 0–1. */
export interface DtcgColor {
  colorSpace: 'srgb';
  components: [number, number, number];
  alpha?: number;
  hex: string;
}

/** A DTCG length or duration. */
export interface DtcgMeasure<Unit extends string> {
  value: number;
  unit: Unit;
}

/** One layer of a DTCG shadow; a token with several layers holds an array of them. */
export interface DtcgShadowLayer {
  color: DtcgColor;
  offsetX: DtcgMeasure<'px'>;
  offsetY: DtcgMeasure<'px'>;
  blur: DtcgMeasure<'px'>;
  spread: DtcgMeasure<'px'>;
}

/** One token. */
export interface DtcgToken {
  $type: string;
  $value: unknown;
}

/** A group of tokens and groups. */
export interface DtcgGroup {
  [name: string]: DtcgToken | DtcgGroup | string;
}

const round = (value: number) => Math.round(value * 10_000) / 10_000;

function fail(path: string, value: string, expected: string): never {
  throw new Error(`tokens.json: ${path} is "${value}"; expected ${expected}`);
}

/** A DTCG sRGB color from 0–255 channels. */
function srgb(rgb: Rgb, alpha?: number): DtcgColor {
  const hex = `#${rgb.map((channel) => channel.toString(16).padStart(2, '0')).join('')}`;
  const components = rgb.map((channel) => round(channel / 255)) as [number, number, number];
  return alpha === undefined
    ? { colorSpace: 'srgb', components, hex }
    : { colorSpace: 'srgb', components, alpha, hex };
}

function toColor(path: string, value: string): DtcgColor {
  return srgb(parseHexColor(value) ?? fail(path, value, '#rgb or #rrggbb'));
}

function toMeasure<Unit extends string>(
  path: string,
  value: string,
  units: readonly Unit[],
): DtcgMeasure<Unit> {
  if (value === '0') return { value: 0, unit: units[0] as Unit };
  const match = /^(-?\d*\.?\d+)([a-z]+)$/.exec(value);
  const unit = match?.[2] as Unit | undefined;
  if (!match || !unit || !units.includes(unit)) {
    fail(path, value, `a number in ${units.join(' or ')}`);
  }
  return { value: Number(match[1]), unit };
}

/** Reads back the `<x> <y> <blur> <spread> rgb(r g b / a)` layers that shadow.ts is limited to. */
function toShadow(path: string, value: string): DtcgShadowLayer | DtcgShadowLayer[] {
  const layers = value.split(/,\s*(?![^()]*\))/).map((layer) => {
    const match = /^(\S+) (\S+) (\S+) (\S+) rgb\((\d+) (\d+) (\d+) \/ ([\d.]+)\)$/.exec(layer);
    if (!match) fail(path, layer, '"<x> <y> <blur> <spread> rgb(r g b / alpha)"');
    const [, x = '', y = '', blur = '', spread = '', red, green, blue, alpha] = match;
    return {
      color: srgb([Number(red), Number(green), Number(blue)], Number(alpha)),
      offsetX: toMeasure(path, x, ['px'] as const),
      offsetY: toMeasure(path, y, ['px'] as const),
      blur: toMeasure(path, blur, ['px'] as const),
      spread: toMeasure(path, spread, ['px'] as const),
    };
  });
  return layers.length === 1 ? (layers[0] as DtcgShadowLayer) : layers;
}

function toCubicBezier(path: string, value: string): number[] {
  const match = /^cubic-bezier\(([^)]*)\)$/.exec(value);
  const points = match?.[1]?.split(',').map(Number) ?? [];
  if (points.length !== 4 || points.some(Number.isNaN)) {
    fail(path, value, 'cubic-bezier(x1, y1, x2, y2)');
  }
  return points;
}

function toFontFamily(value: string): string[] {
  return value.split(',').map((name) => name.trim().replace(/^"(.*)"$/, '$1'));
}

type Converter = (path: string, value: string | number) => DtcgToken;

const as =
  (type: string, convert: (path: string, value: string) => unknown): Converter =>
  (path, value) => ({ $type: type, $value: convert(path, String(value)) });

const asNumber =
  (type: string): Converter =>
  (path, value) =>
    typeof value === 'number' ? { $type: type, $value: value } : fail(path, value, 'a number');

/** The DTCG type of every group, by its dotted path in `tokens`. */
const converters: Record<string, Converter> = {
  color: as('color', toColor),
  shadow: as('shadow', toShadow),
  space: as('dimension', (path, value) => toMeasure(path, value, ['px', 'rem'] as const)),
  radius: as('dimension', (path, value) => toMeasure(path, value, ['px', 'rem'] as const)),
  'font.family': as('fontFamily', (_, value) => toFontFamily(value)),
  'font.size': as('dimension', (path, value) => toMeasure(path, value, ['px', 'rem'] as const)),
  'font.lineHeight': asNumber('number'),
  'font.weight': asNumber('fontWeight'),
  'motion.duration': as('duration', (path, value) => toMeasure(path, value, ['ms', 's'] as const)),
  'motion.easing': as('cubicBezier', toCubicBezier),
  zIndex: asNumber('number'),
};

function convert(
  value: unknown,
  path: string[],
  converter: Converter | undefined,
): DtcgGroup | DtcgToken {
  const dotted = path.join('.');
  const own = converters[dotted] ?? converter;
  if (typeof value === 'string' || typeof value === 'number') {
    if (!own) throw new Error(`tokens.json: no DTCG type is declared for ${dotted}`);
    return own(dotted, value);
  }
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>).map(([key, child]) => [
      kebab(key),
      convert(child, [...path, key], own),
    ]),
  );
}

/**
 * The tokens.json document.
 *
 * @example
 * ```ts
 * writeFileSync('dist/tokens.json', JSON.stringify(toDtcg(), null, 2));
 * ```
 */
export function toDtcg(): DtcgGroup {
  const { colorScheme: _cssOnly, ...designTokens } = tokens;
  return {
    $description:
      'Trailmark design tokens. color and shadow hold a light and a dark group with the same paths; map them to two modes. CSS names: --tm-<path without the theme, joined by ->.',
    ...(convert(designTokens, [], undefined) as DtcgGroup),
  };
}
