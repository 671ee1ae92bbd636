import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { baseEntries, themeEntries } from '../src/tokens.js';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

/** Rows of the README token tables, `| \`--tm-name\` | \`value\` | \`dark value\` |`, padded or not. */
const rows = [
  ...readme.matchAll(/^\| *`--tm-([a-z0-9-]+)` *\| *`([^`]*)` *\|(?: *`([^`]*)` *\|)?$/gm),
].map(([, name = '', value = '', dark]) => ({ name, value: value.replaceAll('\\|', '|'), dark }));

describe('README token list', () => {
  it('lists every token once, with its current values', () => {
    const dark = new Map(themeEntries('dark'));
    const expected = [
      ...themeEntries('light').map(([name, value]) => ({ name, value, dark: dark.get(name) })),
      ...baseEntries().map(([name, value]) => ({ name, value, dark: undefined })),
    ];
    expect(rows).toEqual(expected);
  });
});
