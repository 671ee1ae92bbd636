import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const repository = new URL('../../../', import.meta.url);
const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

/** Code blocks marked `<!-- example: path -->`: the README shows the file the tests run. */
const examples = [...readme.matchAll(/<!-- example: (\S+) -->\n```\w+\n([\s\S]*?)```/g)].map(
  ([, path = '', code = '']) => ({ path, code }),
);

describe('README examples', () => {
  it('shows the example files the consumer tests build and run', () => {
    expect(examples.map((example) => example.path)).toEqual(
      expect.arrayContaining([
        'docs/examples/quick-start/Roadmap.tsx',
        'docs/examples/nextjs/app/Roadmap.tsx',
        'docs/examples/nextjs/app/saved/SavedRoadmap.tsx',
        'docs/examples/astro/src/components/Roadmap.tsx',
        'docs/examples/errors/Roadmap.tsx',
        'docs/examples/brand/brand.mjs',
      ]),
    );
  });

  it.each(examples)('$path is shown as it is', ({ path, code }) => {
    expect(code).toBe(readFileSync(new URL(path, repository), 'utf8'));
  });

  it('the brand recipe runs and writes CSS for both themes', () => {
    const css = execFileSync(process.execPath, ['docs/examples/brand/brand.mjs'], {
      cwd: repository,
      encoding: 'utf8',
    });
    expect(css).toContain(':root,:host{--tm-color-accent:#6d28d9;');
    expect(css).toContain(
      '[data-tm-theme="dark"],:host([data-tm-theme="dark"]){--tm-color-accent:#a378e7;',
    );
  });
});
