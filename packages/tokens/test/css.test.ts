import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { themeSelectors, toCss } from '../src/emit/css.js';
import { flatten } from '../src/flatten.js';
import { tokenNames, tokens } from '../src/index.js';
import { baseEntries, themeEntries } from '../src/tokens.js';

interface Rule {
  media: string | undefined;
  selectors: string[];
  declarations: [string, string][];
}

/**
 * A strict reader for the subset of CSS tokens.css is written in: style rules of custom
 * properties, optionally inside `@media`. Anything else (unbalanced braces, stray text, a
 * declaration that is not `--tm-name:value`) throws with the offset.
 */
function parseStylesheet(css: string): Rule[] {
  const source = css.replace(/\/\*[\s\S]*?\*\//g, '');
  let at = 0;
  const fail = (what: string): never => {
    throw new Error(`${what} at offset ${at}: ${JSON.stringify(source.slice(at, at + 40))}`);
  };
  const readUntil = (end: string) => {
    const stop = source.indexOf(end, at);
    if (stop < 0) fail(`missing "${end}"`);
    const text = source.slice(at, stop);
    at = stop + 1;
    return text;
  };
  const readRule = (media: string | undefined): Rule => {
    const prelude = readUntil('{').trim();
    if (!prelude || /[{};]/.test(prelude)) fail('bad selector list');
    const body = readUntil('}');
    if (body.includes('{')) fail('nested block in a style rule');
    const declarations = body
      .split(';')
      .filter((declaration) => declaration.trim())
      .map((declaration): [string, string] => {
        const match = /^\s*(--tm-[a-z0-9]+(?:-[a-z0-9]+)*)\s*:\s*(\S[\s\S]*?)\s*$/.exec(
          declaration,
        );
        if (!match?.[1] || !match[2]) return fail(`bad declaration ${JSON.stringify(declaration)}`);
        return [match[1], match[2]];
      });
    return {
      media,
      selectors: prelude.split(',').map((selector) => selector.trim()),
      declarations,
    };
  };
  const rules: Rule[] = [];
  for (at = 0; source.slice(at).trim(); ) {
    at += source.slice(at).length - source.slice(at).trimStart().length;
    if (source.startsWith('@media', at)) {
      const query = readUntil('{').trim();
      while (source.slice(at).trimStart()[0] !== '}') rules.push(readRule(query));
      readUntil('}');
    } else {
      rules.push(readRule(undefined));
    }
  }
  return rules;
}

const prefixed = (entries: [string, string][]) =>
  entries.map(([name, value]): [string, string] => [`--tm-${name}`, value]);

describe('tokens.css', () => {
  const css = toCss();
  const rules = parseStylesheet(css);

  it('is four rules: base, system dark, explicit light, explicit dark (dark on screens only)', () => {
    expect(rules.map((rule) => [rule.media, rule.selectors])).toEqual([
      [undefined, [...themeSelectors.base]],
      ['@media screen and (prefers-color-scheme:dark)', [...themeSelectors.systemDark]],
      [undefined, [...themeSelectors.light]],
      ['@media screen', [...themeSelectors.dark]],
    ]);
  });

  it('declares every token once in the base rule, with light values', () => {
    const [base] = rules;
    expect(base?.declarations.map(([name]) => name)).toEqual(
      tokenNames.map((name) => `--tm-${name}`),
    );
    expect(base?.declarations).toEqual(prefixed([...baseEntries(), ...themeEntries('light')]));
  });

  it('declares every themed token in the light and dark rules with that theme’s values', () => {
    const [, systemDark, light, dark] = rules;
    const darkValues = prefixed(themeEntries('dark'));
    expect(systemDark?.declarations).toEqual(darkValues);
    expect(dark?.declarations).toEqual(darkValues);
    expect(light?.declarations).toEqual(prefixed(themeEntries('light')));
    expect(light?.declarations).toContainEqual(['--tm-color-text', tokens.color.light.text]);
    expect(dark?.declarations).toContainEqual(['--tm-color-text', tokens.color.dark.text]);
    expect(dark?.declarations).toContainEqual(['--tm-shadow-md', tokens.shadow.dark.md]);
    expect(dark?.declarations).toContainEqual(['--tm-color-scheme', 'dark']);
  });

  it.each([
    ['light', 2],
    ['dark', 3],
  ] as const)('declares every %s color in its theme rule', (theme, index) => {
    const declared = new Map(rules[index]?.declarations);
    for (const [name, value] of flatten(tokens.color[theme], 'color')) {
      expect(declared.get(`--tm-${name}`)).toBe(value);
    }
  });

  it('holds literal values only', () => {
    // A var() inside a token would resolve where the token is declared (the root), so nested theme
    // sections would silently keep the root theme's value.
    expect(css).not.toContain('var(');
  });

  it('is what the build shipped in dist/tokens.css', () => {
    const shipped = new URL('../dist/tokens.css', import.meta.url);
    let built: string;
    try {
      built = readFileSync(shipped, 'utf8');
    } catch {
      throw new Error('dist/tokens.css is missing: run `npm run build -w @trailmark/tokens` first');
    }
    expect(built).toBe(css);
  });
});

describe('the stylesheet reader used above', () => {
  it.each([
    ['an unclosed rule', ':root{--tm-a:1'],
    ['a property that is not a token', ':root{color:red}'],
    ['a nested block', ':root{--tm-a:1;b{--tm-c:2}}'],
    ['a missing selector', '{--tm-a:1}'],
  ])('rejects %s', (_, css) => {
    expect(() => parseStylesheet(css)).toThrow();
  });
});
