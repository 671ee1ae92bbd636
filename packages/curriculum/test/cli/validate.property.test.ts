/**
 * Whatever a file holds, `trailmark validate` answers with exit code 0, 1 or 2 and readable lines:
 * never a stack trace. Many cases run in-process; a few through the built CLI.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fc, test } from '@fast-check/vitest';
import { describe, expect, vi } from 'vitest';
import { stringify } from 'yaml';
import { run } from '../../src/cli/run.js';
import { STARTER } from '../../src/cli/starter.js';
import { memoryContext, runCli, STACK_TRACE, tempDir } from './helpers.js';

vi.setConfig({ testTimeout: 300_000 });

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every path to a value inside `value`. */
function pathsOf(value: Json, at: (string | number)[] = []): (string | number)[][] {
  const children: [string | number, Json][] = Array.isArray(value)
    ? value.map((item, i) => [i, item])
    : value !== null && typeof value === 'object'
      ? Object.entries(value)
      : [];
  return [at, ...children.flatMap(([key, child]) => pathsOf(child, [...at, key]))];
}

const STARTER_PATHS = pathsOf(STARTER as unknown as Json).filter((path) => path.length > 0);

/** The starter with a few values replaced by anything JSON can hold, or removed. */
const mutatedCurriculum = fc
  .array(
    fc.tuple(fc.constantFrom(...STARTER_PATHS), fc.option(fc.jsonValue(), { nil: undefined })),
    { minLength: 1, maxLength: 3 },
  )
  .map((changes) => {
    const copy = structuredClone(STARTER) as unknown as Json;
    for (const [path, value] of changes) {
      let parent = copy as Record<string | number, Json>;
      for (const key of path.slice(0, -1)) {
        const next = parent?.[key];
        if (next === null || typeof next !== 'object') break;
        parent = next as Record<string | number, Json>;
      }
      const last = path.at(-1) as string | number;
      if (parent && typeof parent === 'object') {
        if (value === undefined) delete parent[last];
        else parent[last] = value as Json;
      }
    }
    return copy;
  });

const text = fc.oneof(
  fc.string({ unit: 'binary' }),
  // ASCII with its control characters, which the full Unicode range almost never picks.
  fc.string({ unit: fc.integer({ min: 0, max: 0x7f }).map((code) => String.fromCharCode(code)) }),
  fc.json(),
  fc.jsonValue().map((value) => stringify(value)),
  mutatedCurriculum.map((value) => JSON.stringify(value, null, 2)),
  mutatedCurriculum.map((value) => stringify(value)),
);
const content = fc.oneof(
  text,
  fc.uint8Array({ maxLength: 200 }),
  mutatedCurriculum.map((value) => JSON.stringify(value)),
);
const extension = fc.constantFrom('.json', '.yaml', '.yml', '.txt', '');

const ISSUE_LINE = /^case[.\w]*(?::\d+:\d+)?: .+: .+$/;

describe('trailmark validate on arbitrary files', () => {
  test.prop([content, extension, fc.boolean()], { numRuns: 300 })(
    'in-process: exit 0, 1 or 2 with one line per problem and no stack trace',
    async (data, ext, asJson) => {
      const dir = tempDir();
      const file = `case${ext}`;
      writeFileSync(join(dir, file), data);
      const memory = memoryContext(dir);
      const args = asJson ? ['validate', '--format', 'json', file] : ['validate', file];
      const code = await run(args, memory.context);
      const stdout = memory.stdout();
      const stderr = memory.stderr();

      expect([0, 1, 2]).toContain(code);
      expect(stdout + stderr).not.toMatch(STACK_TRACE);
      // Nothing from the file reaches the terminal as a control character (an escape sequence).
      expect([...stdout, ...stderr].filter((char) => char < ' ' && char !== '\n')).toEqual([]);
      if (asJson) {
        expect(stderr).toBe('');
        const [report, ...more] = JSON.parse(stdout);
        expect(more).toEqual([]);
        expect(report.file).toBe(file);
        expect(report.ok).toBe(code === 0);
        expect(report.issues.length > 0).toBe(code !== 0);
        for (const issue of report.issues) {
          expect(Object.keys(issue).sort()).toEqual(
            'line' in issue
              ? ['code', 'column', 'line', 'message', 'path']
              : ['code', 'message', 'path'],
          );
          // Anything that parsed (and is not absurdly deep) gets a position for every problem.
          if (code === 1) {
            const lines = Buffer.from(data).toString('utf8').split(/\r?\n/).length;
            expect(issue.line).toBeGreaterThanOrEqual(1);
            expect(issue.line).toBeLessThanOrEqual(lines);
            expect(issue.column).toBeGreaterThanOrEqual(1);
          }
        }
      } else if (code === 2) {
        expect(stderr).toMatch(/^trailmark: case[.\w]*(?::\d+:\d+)?: [^\n]+\n/);
      } else {
        const lines = stdout.trimEnd().split('\n');
        const summary = lines.pop();
        expect(summary).toMatch(
          code === 0
            ? /^1 file checked: 1 valid$/
            : /^1 file checked: 0 valid, 1 invalid \(\d+ problems?\)$/,
        );
        if (code === 0) expect(lines).toEqual([expect.stringMatching(/^case[.\w]*: valid \(/)]);
        for (const line of code === 1 ? lines : []) expect(line).toMatch(ISSUE_LINE);
      }
    },
  );

  test.prop([content, extension], { numRuns: 20 })(
    'built CLI: exit 0, 1 or 2 and no stack trace, from a file or standard input',
    (data, ext) => {
      const dir = tempDir();
      writeFileSync(join(dir, `case${ext}`), data);
      for (const result of [
        runCli(['validate', `case${ext}`], { cwd: dir }),
        runCli(['validate', '-'], { cwd: dir, input: data }),
      ]) {
        expect([0, 1, 2]).toContain(result.code);
        expect(result.stdout + result.stderr).not.toMatch(STACK_TRACE);
      }
    },
  );
});
