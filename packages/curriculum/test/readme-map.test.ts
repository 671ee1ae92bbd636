/**
 * The map of the built-in roadmap embedded in the README is what `toSvg` draws today.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { llmEngineer } from '../src/roadmaps/llm-engineer.js';
import { toSvg } from '../src/svg/index.js';

const MAPS = [
  ['en', new URL('../docs/llm-engineer-map.svg', import.meta.url)],
  ['zh-CN', new URL('../docs/llm-engineer-map.zh-CN.svg', import.meta.url)],
] as const;
const README = new URL('../README.md', import.meta.url);

describe('the README map', () => {
  it.each(MAPS)('docs/ holds the current %s map of the built-in roadmap', (locale, file) => {
    const svg = toSvg(llmEngineer, { locale });
    // UPDATE_README_MAP=1 npx vitest run test/readme-map.test.ts rewrites the files.
    if (process.env.UPDATE_README_MAP === '1') writeFileSync(file, svg);
    expect(
      readFileSync(file, 'utf8') === svg,
      `${file.pathname} is out of date: run UPDATE_README_MAP=1 npx vitest run test/readme-map.test.ts in packages/curriculum`,
    ).toBe(true);
  });

  it('is embedded in the README, with the command that draws it', () => {
    const readme = readFileSync(README, 'utf8');
    expect(readme).toContain('](./docs/llm-engineer-map.svg)');
    expect(readme).toContain('](./docs/llm-engineer-map.zh-CN.svg)');
    expect(readme).toMatch(/npx trailmark svg .+ -o /);
  });
});
