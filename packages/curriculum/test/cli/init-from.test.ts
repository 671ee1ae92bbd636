/**
 * `trailmark init --from <roadmap>`: a built-in roadmap written whole as a file to edit.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { parseCurriculum } from '../../src/index.js';
import { llmEngineer } from '../../src/roadmaps/llm-engineer.js';
import { readSource } from '../../src/source.js';
import { PACKAGE_ROOT, runCli, tempDir } from './helpers.js';

const SCHEMA = join(PACKAGE_ROOT, 'dist/schema.json');

// Each case starts Node; on a busy two-core machine that takes a while.
vi.setConfig({ testTimeout: 120_000 });

/** The file's text read back and parsed: the curriculum it holds. */
function curriculumIn(text: string) {
  const read = readSource(text);
  if (!read.ok) throw new Error(read.issues[0].message);
  const parsed = parseCurriculum(read.value);
  if (!parsed.ok) throw new Error(parsed.issues.map((issue) => issue.message).join('; '));
  return { value: read.value as Record<string, unknown>, curriculum: parsed.value };
}

describe('trailmark init --from', () => {
  it('writes the LLM engineer roadmap as YAML with $schema and the format explained at the top', () => {
    const dir = tempDir();
    const result = runCli(['init', '--from', 'llm-engineer', 'my-roadmap.yaml'], { cwd: dir });
    expect(result.code).toBe(0);
    const text = readFileSync(join(dir, 'my-roadmap.yaml'), 'utf8');
    const [first = '', ...rest] = text.split('\n');
    const prefix = '# yaml-language-server: $schema=';
    expect(first.startsWith(prefix)).toBe(true);
    expect(resolve(dir, first.slice(prefix.length))).toBe(SCHEMA);
    expect(rest.slice(0, 3).every((line) => line.startsWith('# '))).toBe(true);
    expect(text).toContain('# Shape: levels (stages such as L1, L2) hold modules');
    // The same roadmap, with nothing that parsing fills in written out.
    expect(curriculumIn(text).curriculum).toEqual(llmEngineer);
    expect(text).not.toMatch(/^\s*optional: false$/m);
    expect(text).not.toMatch(/: \[\]$/m);
    // No anchors: a resource cited by two topics is written out twice, so each can be edited.
    expect(text).not.toMatch(/[&*]a\d+\b/);
    expect(runCli(['validate', 'my-roadmap.yaml'], { cwd: dir }).code).toBe(0);
  });

  it('writes JSON for a .json name, $schema first', () => {
    const dir = tempDir();
    expect(runCli(['init', '--from=llm-engineer', 'roadmap.json'], { cwd: dir }).code).toBe(0);
    const text = readFileSync(join(dir, 'roadmap.json'), 'utf8');
    const { value, curriculum } = curriculumIn(text);
    expect(Object.keys(value)[0]).toBe('$schema');
    expect(resolve(dir, value.$schema as string)).toBe(SCHEMA);
    expect({ ...curriculum, $schema: undefined }).toEqual({ ...llmEngineer, $schema: undefined });
  });

  it('names the built-in roadmaps when asked for one that does not exist', () => {
    const result = runCli(['init', '--from', 'web-developer', 'x.yaml'], { cwd: tempDir() });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('option "--from" must be "llm-engineer", got "web-developer"');
  });
});
