/**
 * Importing the package where there is no DOM: a Node script, or a server render that imports a
 * page module which imports `@trailmark/embed`. Both must load without throwing and register
 * nothing; the element is defined later, by the same script in the browser.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
if (!existsSync(new URL('../dist/trailmark-embed.js', import.meta.url))) {
  throw new Error('dist/trailmark-embed.js is missing: run `npm run build` first');
}

/** Runs an ES module in a plain Node process (no test runner, no DOM) and returns what it prints. */
function runNode(source: string): string {
  return execFileSync(process.execPath, ['--input-type=module', '-e', source], {
    cwd: packageDir,
    encoding: 'utf8',
  });
}

describe('importing @trailmark/embed without a DOM', () => {
  it('loads in plain Node and registers nothing', () => {
    // The package imports itself by name, through its exports map, as an app would.
    const output = runNode(`
      const embed = await import('@trailmark/embed');
      console.log(JSON.stringify({
        exports: Object.keys(embed),
        dom: typeof HTMLElement,
        registry: typeof customElements,
      }));
    `);
    expect(JSON.parse(output)).toEqual({ exports: [], dom: 'undefined', registry: 'undefined' });
  });

  it('loads during a React server render, and the element is rendered as markup', () => {
    const output = runNode(`
      import { createElement } from 'react';
      import { renderToString } from 'react-dom/server';
      // A page component of a server-rendered app: it imports the embed for its side effect.
      await import('@trailmark/embed');
      const Page = () =>
        createElement('main', null,
          createElement('trailmark-roadmap', { roadmap: 'llm-engineer', 'heading-level': 3 },
            createElement('a', { href: '/roadmap' }, 'The LLM engineer roadmap')));
      console.log(renderToString(createElement(Page)));
    `);
    expect(output.trim()).toBe(
      '<main><trailmark-roadmap roadmap="llm-engineer" heading-level="3"><a href="/roadmap">The LLM engineer roadmap</a></trailmark-roadmap></main>',
    );
  });
});
