/**
 * The program in-process: what the subprocess tests cannot easily provoke.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { wantsColor } from '../../src/cli/terminal.js';
import { fixture, memoryContext, PACKAGE_ROOT, STACK_TRACE, tempDir } from './helpers.js';

describe('run', () => {
  it('turns an unexpected failure into one line asking for a report, exit code 70', async () => {
    const memory = memoryContext(PACKAGE_ROOT);
    const context = {
      ...memory.context,
      stdout: {
        color: false,
        write() {
          throw new TypeError('stdout is gone');
        },
      },
    };
    const code = await run(['validate', fixture('valid.json')], context);
    expect(code).toBe(70);
    expect(memory.stderr()).toBe(
      'trailmark: internal error: stdout is gone; please report it at https://github.com/trailmark/trailmark/issues\n',
    );
  });

  it('says the JSON Schema is missing from a broken installation (exit code 70)', async () => {
    const memory = memoryContext(PACKAGE_ROOT);
    const context = {
      ...memory.context,
      assets: { ...memory.context.assets, schema: new URL('file:///nonexistent/schema.json') },
    };
    expect(await run(['schema'], context)).toBe(70);
    expect(memory.stderr()).toMatch(/^trailmark: the JSON Schema is missing .*please report it\n$/);
    expect(memory.stderr()).not.toMatch(STACK_TRACE);
  });
});

describe('validate', () => {
  it('names the document as a whole (root)', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'number.json'), '42\n');
    const memory = memoryContext(dir);
    expect(await run(['validate', 'number.json'], memory.context)).toBe(1);
    expect(memory.stdout().split('\n')[0]).toMatch(
      /^number\.json(:1:1)?: \(root\): expected a curriculum \(an object\), got 42$/,
    );
  });
});

describe('wantsColor', () => {
  it.each([
    [true, {}, true],
    [false, {}, false],
    [undefined, {}, false],
    [true, { TERM: 'dumb' }, false],
    [true, { NO_COLOR: '1' }, false],
    // An empty NO_COLOR does not count (no-color.org).
    [true, { NO_COLOR: '' }, true],
    [false, { FORCE_COLOR: '1' }, true],
    [false, { FORCE_COLOR: '' }, true],
    [true, { FORCE_COLOR: '0' }, false],
    [true, { FORCE_COLOR: 'false' }, false],
    // FORCE_COLOR wins over NO_COLOR, as in Node's own stream.hasColors().
    [false, { FORCE_COLOR: '1', NO_COLOR: '1' }, true],
  ] as const)('isTTY %s with %j gives %s', (isTTY, env, expected) => {
    expect(wantsColor(isTTY, env)).toBe(expected);
  });
});
