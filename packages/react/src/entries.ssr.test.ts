import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const src = dirname(fileURLToPath(import.meta.url));

/** Every module an entry reaches through static imports: source files, then packages by name. */
function reach(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const queue = [join(src, entry)];
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    if (files.has(file)) continue;
    files.add(file);
    const code = readFileSync(file, 'utf8');
    // `import type` and `export type` are erased: they load nothing.
    for (const [, kind, specifier] of code.matchAll(
      /^(?:import|export)\s+(type\s)?[^'";]*?from\s+'([^']+)'/gm,
    )) {
      if (kind || specifier === undefined) continue;
      if (!specifier.startsWith('.')) {
        packages.add(specifier);
        continue;
      }
      const base = join(dirname(file), specifier);
      const found = ['.ts', '.tsx', '/index.ts'].map((end) => base + end).find(existsSync);
      if (found) queue.push(found);
    }
  }
  return { files, packages };
}

describe('entry points', () => {
  it('keeps the map and its layout library out of the main entry', () => {
    const main = reach('index.ts');
    const relative = [...main.files].map((file) => file.slice(src.length + 1));
    expect(relative.filter((file) => /RoadmapMap|mapMessages|^map\.ts$/.test(file))).toEqual([]);
    expect([...main.packages].filter((name) => name.startsWith('@trailmark/curriculum/'))).toEqual([
      '@trailmark/curriculum/locale',
    ]);
    // The walk itself is sound: it finds the timeline in the main entry and the layout in the map.
    expect(relative).toContain('RoadmapTimeline/RoadmapTimeline.tsx');
    expect(reach('map.ts').packages).toContain('@trailmark/curriculum/layout');
  });
});
