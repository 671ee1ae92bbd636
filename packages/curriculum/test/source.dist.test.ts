/**
 * The built `./source` entry is browser-safe, and its JSON reader sits in a chunk that does not
 * import `yaml`, so a bundle taking only `readJson` leaves yaml out (size-limit measures that
 * bundle too).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const DIST = join(import.meta.dirname, '../dist');
const IMPORT = /\bimport\s*(?:\{([^}]*)\}\s*from\s*)?['"]([^'"]+)['"]/g;

/** The `import` statements of a built file: what each names, and from where. */
function importsOf(file: string): Array<{ names: string; specifier: string }> {
  return Array.from(readFileSync(join(DIST, file), 'utf8').matchAll(IMPORT), (match) => ({
    names: match[1] ?? '',
    specifier: match[2] as string,
  }));
}

describe('the built ./source entry', () => {
  const entry = importsOf('source.js');
  const chunks = entry.map(({ specifier }) => specifier.replace(/^\.\//, ''));

  it('imports only its own chunks, and they import only each other and yaml', () => {
    expect(chunks.length).toBeGreaterThan(0);
    for (const chunk of chunks) {
      for (const { specifier } of importsOf(chunk)) expect(specifier).toMatch(/^(?:\.\/|yaml$)/);
    }
  });

  it('takes readJson from a chunk that does not import yaml', () => {
    const json = entry.find(({ names }) => /\breadJson\b/.test(names));
    const yaml = entry.find(({ names }) => /\breadYaml\b/.test(names));
    expect(json?.specifier).toMatch(/^\.\/source-json-[\w-]+\.js$/);
    expect(importsOf(json?.specifier as string).map(({ specifier }) => specifier)).toEqual([]);
    // The check can see a yaml import where there is one.
    expect(importsOf(yaml?.specifier as string).map(({ specifier }) => specifier)).toContain(
      'yaml',
    );
  });
});
