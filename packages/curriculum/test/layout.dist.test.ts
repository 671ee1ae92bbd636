/**
 * The built map subpaths: what they load from outside the package. The layout loads dagre and
 * nothing else; the SVG adds zod/mini (through the status names) but not the design tokens, whose
 * colours are copied in at build time.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const dist = new URL('../dist/', import.meta.url);
if (!existsSync(new URL('layout/index.js', dist))) {
  throw new Error('dist/layout/index.js is missing: run `npm run build` first');
}

/** Outside modules that `entry` loads, following relative imports through shared chunks. */
function externalImports(entry: string): { external: Set<string>; code: string } {
  const seen = new Set<string>();
  const external = new Set<string>();
  let code = '';
  const queue = [new URL(entry, dist)];
  while (queue.length > 0) {
    const file = queue.shift() as URL;
    if (seen.has(file.href)) continue;
    seen.add(file.href);
    // Comments hold JSDoc examples with import lines; only code counts.
    const text = readFileSync(file, 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/^\s*\/\/.*$/gm, '');
    code += text;
    for (const [, from = ''] of text.matchAll(
      /\b(?:import|export)\s*[^'"]*?\s*from\s*['"]([^'"]+)['"]/g,
    )) {
      if (from.startsWith('.')) queue.push(new URL(from, file));
      else external.add(from);
    }
    for (const [, from = ''] of text.matchAll(/\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g)) {
      external.add(from);
    }
  }
  return { external, code };
}

describe('dist/layout and dist/svg', () => {
  it('the layout loads only dagre from outside the package', () => {
    expect([...externalImports('layout/index.js').external]).toEqual(['@dagrejs/dagre']);
  });

  it('the SVG does not load @trailmark/tokens at run time, yet has its colours', async () => {
    const { external, code } = externalImports('svg/index.js');
    expect([...external].sort()).toEqual(['@dagrejs/dagre', 'zod/mini']);
    const { tokens } = await import('@trailmark/tokens');
    expect(code).toContain(tokens.color.dark.surface);
    expect(code).toContain(tokens.color.light.status.inProgress.bg);
  });
});
