/**
 * The element's stylesheet: built from the timeline's rules and its own, without the tokens no rule
 * reads. In Node for the pruning, in Chromium for what the element really adopts.
 */
import { describe, expect, it } from 'vitest';
import { pruneTokens } from '../scripts/stylesheet-plugin';
import { failOnPageProblems, openPage, setUpChromium, waitForSettled } from './browser';

failOnPageProblems();

/** The custom properties a stylesheet declares, and those it reads without a fallback. */
function properties(css: string): { declared: string[]; read: string[] } {
  const declared = [...css.matchAll(/(--[\w-]+)\s*:/g)].map((match) => match[1] as string);
  const read = [...css.matchAll(/var\(\s*(--[\w-]+)\s*\)/g)].map((match) => match[1] as string);
  return { declared: [...new Set(declared)].sort(), read: [...new Set(read)].sort() };
}

describe('pruneTokens', () => {
  it('drops the --tm-* tokens nothing reads and keeps the rest', () => {
    const css = `
      :host { --tm-used: 1px; --tm-unused: 2px; --tm-alias: var(--tm-base); --tm-base: red;
        --tm-only-for-unused: blue; --tm-dead: var(--tm-only-for-unused); --page-knob: 3px; }
      p { margin: var(--tm-used); color: var(--tm-alias); }`;
    const pruned = pruneTokens(css);
    expect(properties(pruned).declared).toEqual([
      '--page-knob',
      '--tm-alias',
      '--tm-base',
      '--tm-used',
    ]);
    expect(pruned).toContain('p{margin:var(--tm-used);color:var(--tm-alias)}');
  });

  it('keeps a token read only as a fallback, and one read only inside a media query', () => {
    const css = `
      :host { --tm-a: 1px; --tm-b: 2px; --tm-c: 3px }
      p { margin: var(--tm-x, var(--tm-a)) }
      @media (min-width: 40rem) { p { padding: var(--tm-b) } }`;
    expect(properties(pruneTokens(css)).declared).toEqual(['--tm-a', '--tm-b']);
  });
});

describe('the stylesheet the element adopts', () => {
  const browser = setUpChromium();

  it('declares every token it reads, and no --tm-* token it does not read', async () => {
    const { page } = await openPage(browser(), 'module.html');
    await waitForSettled(page);
    const css = await page.$eval('trailmark-roadmap', (element) =>
      [...(element.shadowRoot?.adoptedStyleSheets[0]?.cssRules ?? [])]
        .map((rule) => rule.cssText)
        .join('\n'),
    );
    const { declared, read } = properties(css);
    expect(read.length).toBeGreaterThan(40);
    expect(read.filter((name) => !declared.includes(name))).toEqual([]);
    const readSomewhere = new Set(
      [...css.matchAll(/var\(\s*(--[\w-]+)/g)].map((match) => match[1]),
    );
    expect(declared.filter((name) => name.startsWith('--tm-') && !readSomewhere.has(name))).toEqual(
      [],
    );
    await page.context().close();
  });
});
