/**
 * The built core entry stays browser-safe and small: it imports nothing but zod/mini (no Node
 * built-ins, no YAML, no CLI code) and leaves zod's JSON Schema generator out.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const dist = new URL('../dist/', import.meta.url);
if (!existsSync(new URL('index.js', dist))) {
  throw new Error('dist/index.js is missing: run `npm run build` first');
}

/** Every module the core entry loads, following relative imports through shared chunks. */
function graphOf(entry: string): { files: string[]; external: Map<string, string[]> } {
  const files: string[] = [];
  const external = new Map<string, string[]>();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.shift() as string;
    if (files.includes(file)) continue;
    files.push(file);
    const code = readFileSync(new URL(file, dist), 'utf8');
    for (const [, names = '', from = ''] of code.matchAll(
      /\b(?:import|export)\s*([^'"]*?)\s*from\s*['"]([^'"]+)['"]/g,
    )) {
      if (from.startsWith('./')) queue.push(from.slice(2));
      else external.set(from, [...(external.get(from) ?? []), names]);
    }
    for (const [, from = ''] of code.matchAll(/\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g)) {
      external.set(from, ['import()']);
    }
  }
  return { files, external };
}

describe('dist/index.js', () => {
  const { files, external } = graphOf('index.js');

  it('imports only zod/mini from outside the package', () => {
    expect([...external.keys()]).toEqual(['zod/mini']);
  });

  it('leaves toJSONSchema, the CLI and the built-in roadmaps out', () => {
    const code = files.map((file) => readFileSync(new URL(file, dist), 'utf8')).join('\n');
    expect(code).not.toMatch(/toJSONSchema/);
    expect(files.some((file) => /cli|roadmaps/.test(file))).toBe(false);
  });

  it('exports no zod schema and no pattern: those are on the ./schema subpath', async () => {
    const entry: Record<string, unknown> = await import(new URL('index.js', dist).href);
    const leaked = Object.entries(entry)
      .filter(([, value]) => value instanceof RegExp || (isObject(value) && '_zod' in value))
      .map(([name]) => name);
    expect(leaked).toEqual([]);
  });
});

describe('dist/schema.js', () => {
  it('exports the schemas, the patterns and the limits', async () => {
    const schema: Record<string, unknown> = await import(new URL('schema.js', dist).href);
    for (const name of ['Curriculum', 'Level', 'Module', 'Topic', 'Resource', 'Progress']) {
      expect(isObject(schema[name]) && '_zod' in schema[name], name).toBe(true);
    }
    expect(schema.ID_PATTERN).toBeInstanceOf(RegExp);
    expect(schema.SCHEMA_VERSION).toBe(1);
    expect(schema.MAX_TITLE_LENGTH).toBe(300);
  });

  it('imports only zod/mini from outside the package', () => {
    expect([...graphOf('schema.js').external.keys()]).toEqual(['zod/mini']);
  });
});

function isObject(value: unknown): value is object {
  return typeof value === 'object' && value !== null;
}

describe('size-limit budgets', () => {
  const budgets: { name: string; import: string; limit: string }[] = JSON.parse(
    readFileSync(new URL('../package.json', import.meta.url), 'utf8'),
  )['size-limit'];

  it('measures the core as every export except the planner and the two exports', async () => {
    const exported = Object.keys(await import(new URL('index.js', dist).href)).sort();
    const [core, everything] = budgets;
    const names = (core?.import ?? '')
      .replace(/[{}\s]/g, '')
      .split(',')
      .sort();
    expect(names).toEqual(
      exported.filter((name) => !['planSchedule', 'toJsonLd', 'toMarkdown'].includes(name)),
    );
    expect(core?.limit).toBe('15 kB');
    expect(everything).toMatchObject({ import: '*', limit: '17.75 kB' });
  });
});
