/**
 * Filling interface messages: `{name}` placeholders, plural forms chosen by `Intl.PluralRules`,
 * numbers and lists written the locale's way.
 */
import { matchLocale } from './match.js';

/** Values for a message's placeholders; numbers are written in the message's locale. */
export type MessageValues = Readonly<Record<string, string | number>>;

/** One `Intl` object per locale and kind: creating them costs far more than using them. */
const plurals = /* @__PURE__ */ new Map<string, Intl.PluralRules>();
const numbers = /* @__PURE__ */ new Map<string, Intl.NumberFormat>();

function cached<T>(cache: Map<string, T>, locale: string, create: (tag: string) => T): T {
  let value = cache.get(locale);
  if (!value) {
    try {
      value = create(locale);
    } catch {
      // A malformed tag in a prop must not break rendering.
      value = create('en');
    }
    cache.set(locale, value);
  }
  return value;
}

const pluralRules = (locale: string) => cached(plurals, locale, (tag) => new Intl.PluralRules(tag));
const numberFormat = (locale: string) =>
  cached(numbers, locale, (tag) => new Intl.NumberFormat(tag, { maximumFractionDigits: 1 }));

/** Index of the `}` closing the `{` at `open`, or -1. */
function closing(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return i;
  }
  return -1;
}

const PLACEHOLDER = /^\s*(\w+)\s*$/;
const PLURAL = /^\s*(\w+)\s*,\s*plural\s*,/;
const BRANCH = /\s*(=\d+(?:\.\d+)?|zero|one|two|few|many|other)\s*\{/y;

/** The text of `{name, plural, …}` for `value`, or undefined when it is not a plural form. */
function plural(body: string, value: number, locale: string): string | undefined {
  const head = PLURAL.exec(body);
  if (!head) return undefined;
  const forms = new Map<string, string>();
  let at = head[0].length;
  for (;;) {
    BRANCH.lastIndex = at;
    const branch = BRANCH.exec(body);
    if (!branch) break;
    const open = BRANCH.lastIndex - 1;
    const close = closing(body, open);
    if (close < 0) return undefined;
    forms.set(branch[1] as string, body.slice(open + 1, close));
    at = close + 1;
  }
  if (body.slice(at).trim() !== '' || !forms.has('other')) return undefined;
  const form =
    forms.get(`=${value}`) ?? forms.get(pluralRules(locale).select(value)) ?? forms.get('other');
  return (form as string).replaceAll('#', numberFormat(locale).format(value));
}

/**
 * Fills a message. `{name}` is replaced by `values.name` (a number written in `locale`: `1,234`);
 * `{name, plural, =0 {…} one {…} other {…}}` picks the branch for the number `values.name`
 * (an exact `=n` first, then its `Intl.PluralRules` category, then `other`), and `#` in a branch
 * is that number. Placeholders without a value, and braces that are no placeholder, stay as written.
 * @example fillMessage('{count, plural, one {# topic} other {# topics}}', { count: 1 }) // '1 topic'
 * @example fillMessage('{count} 个主题', { count: 1200 }, 'zh-CN') // '1,200 个主题'
 */
export function fillMessage(template: string, values: MessageValues = {}, locale = 'en'): string {
  let out = '';
  let at = 0;
  for (let open = template.indexOf('{'); open >= 0; open = template.indexOf('{', at)) {
    const close = closing(template, open);
    if (close < 0) break;
    const body = template.slice(open + 1, close);
    const name = (PLACEHOLDER.exec(body) ?? PLURAL.exec(body))?.[1];
    const value = name !== undefined && Object.hasOwn(values, name) ? values[name] : undefined;
    let filled: string | undefined;
    if (typeof value === 'number') {
      filled = PLACEHOLDER.test(body)
        ? numberFormat(locale).format(value)
        : plural(body, value, locale);
      if (filled !== undefined && !PLACEHOLDER.test(body))
        filled = fillMessage(filled, values, locale);
    } else if (value !== undefined && PLACEHOLDER.test(body)) {
      filled = value;
    }
    out += template.slice(at, open) + (filled ?? template.slice(open, close + 1));
    at = close + 1;
  }
  return out + template.slice(at);
}

const lists = /* @__PURE__ */ new Map<string, Intl.ListFormat>();

/**
 * Joins items as a list in `locale`: `A, B, and C`; Chinese titles by `、` alone (`甲、乙、丙`),
 * since a `和` between long titles reads as part of one of them.
 * @example formatList(['检索增强生成', '向量数据库'], 'zh-CN') // '检索增强生成、向量数据库'
 */
export function formatList(items: readonly string[], locale = 'en'): string {
  const format = cached(
    lists,
    locale,
    (tag) =>
      new Intl.ListFormat(tag, {
        type: 'conjunction',
        style: matchLocale(tag, ['zh']) ? 'narrow' : 'long',
      }),
  );
  return format.format(items);
}
