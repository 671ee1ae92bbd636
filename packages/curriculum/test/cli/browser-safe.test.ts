/**
 * The core entry must stay browser-safe: file reading and YAML belong to the CLI only. Checked on
 * the built files, following every chunk dist/index.js imports.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from './helpers.js';

const IMPORT =
  /\b(?:import|export)\s*(?:[^'"]*?\sfrom\s*)?['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

/** Every module specifier imported by `file` and, for relative ones, by what they import. */
function importsOf(file: string, seen = new Set<string>()): { file: string; specifier: string }[] {
  if (seen.has(file)) return [];
  seen.add(file);
  const found: { file: string; specifier: string }[] = [];
  for (const match of readFileSync(file, 'utf8').matchAll(IMPORT)) {
    const specifier = (match[1] ?? match[2]) as string;
    found.push({ file, specifier });
    if (specifier.startsWith('.')) found.push(...importsOf(join(file, '..', specifier), seen));
  }
  return found;
}

describe('the built core entry', () => {
  const imports = importsOf(join(PACKAGE_ROOT, 'dist/index.js'));

  it('imports only its own chunks and zod', () => {
    expect(imports.length).toBeGreaterThan(0);
    for (const { specifier } of imports) {
      expect(specifier).toMatch(/^(?:\.\.?\/|zod(?:\/|$))/);
    }
  });

  it('imports no node: module and no yaml', () => {
    const specifiers = imports.map(({ specifier }) => specifier);
    expect(
      specifiers.filter((s) => s.startsWith('node:') || /^(?:fs|path|url|util|yaml)$/.test(s)),
    ).toEqual([]);
  });

  it('is not the file that does (the CLI imports node: modules and yaml)', () => {
    // Proves the check above can see such imports at all.
    const cli = importsOf(join(PACKAGE_ROOT, 'dist/cli.js')).map(({ specifier }) => specifier);
    expect(cli).toContain('yaml');
    expect(cli.some((specifier) => specifier.startsWith('node:'))).toBe(true);
  });
});
