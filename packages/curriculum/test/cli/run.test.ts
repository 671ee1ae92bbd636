/**
 * The program in-process: what the subprocess tests cannot easily provoke.
 */
import { copyFileSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
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

describe('--version', () => {
  it('takes no arguments (exit code 2), like the commands', async () => {
    for (const flag of ['--version', '-v']) {
      const memory = memoryContext(PACKAGE_ROOT);
      expect(await run([flag, 'extra'], memory.context)).toBe(2);
      expect(memory.stdout()).toBe('');
      expect(memory.stderr()).toBe(
        `trailmark: unexpected argument "extra" for "trailmark ${flag}" (see "trailmark --help")\n`,
      );
    }
  });
});

describe('markdown and jsonld --output', () => {
  it.each([
    ['markdown', 'r.yaml'],
    ['markdown', './sub/../r.yaml'],
    ['jsonld', 'link.yaml'],
  ])('%s refuses to write over its input file, given as %s (exit code 2)', async (command, out) => {
    const dir = tempDir();
    mkdirSync(join(dir, 'sub'));
    copyFileSync(fixture('valid.yaml'), join(dir, 'r.yaml'));
    symlinkSync(join(dir, 'r.yaml'), join(dir, 'link.yaml'));
    const memory = memoryContext(dir);
    expect(await run([command, 'r.yaml', '-o', out], memory.context)).toBe(2);
    expect(memory.stderr()).toBe(
      `trailmark: ${out} is the input file; write the output to another file\n`,
    );
    expect(readFileSync(join(dir, 'r.yaml'), 'utf8')).toBe(
      readFileSync(fixture('valid.yaml'), 'utf8'),
    );
  });
});

describe('validate', () => {
  it('lists each file’s problems by line, then column', async () => {
    const dir = tempDir();
    // zod reports these in the order of the schema (title, summary, levels): the reverse.
    writeFileSync(
      join(dir, 'r.yaml'),
      'schemaVersion: 1\nid: tiny\nversion: 1.0.0\ndefaultLocale: en\nlocales: [en]\nlevels: 5\nsummary: 7\ntitle: 6\n',
    );
    const memory = memoryContext(dir);
    expect(await run(['validate', 'r.yaml'], memory.context)).toBe(1);
    expect(
      memory
        .stdout()
        .split('\n')
        .map((line) => line.split(': ')[0]),
    ).toEqual(['r.yaml:6:9', 'r.yaml:7:10', 'r.yaml:8:8', '1 file checked', '']);
    const json = memoryContext(dir);
    await run(['validate', 'r.yaml', '--format', 'json'], json.context);
    expect(
      JSON.parse(json.stdout())[0].issues.map((issue: { path: string }) => issue.path),
    ).toEqual(['levels', 'summary', 'title']);
  });

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

describe('init', () => {
  /** Runs `trailmark init <file>` in `cwd` as if installed at `schema`; the written $schema. */
  async function schemaWritten(cwd: string, file: string, schema: string): Promise<string> {
    mkdirSync(dirname(schema), { recursive: true });
    writeFileSync(schema, '{}');
    const memory = memoryContext(cwd);
    const context = {
      ...memory.context,
      assets: { ...memory.context.assets, schema: pathToFileURL(schema) },
    };
    expect(await run(['init', file], context)).toBe(0);
    return JSON.parse(readFileSync(join(cwd, file), 'utf8')).$schema;
  }

  it("points a file deep in a project at the project's own installed schema", async () => {
    const project = tempDir();
    const cwd = join(project, 'docs');
    mkdirSync(join(cwd, 'roadmaps'), { recursive: true });
    const installed = join(project, 'node_modules/@trailmark/curriculum/dist/schema.json');
    expect(await schemaWritten(cwd, 'roadmaps/r.json', installed)).toBe(
      '../../node_modules/@trailmark/curriculum/dist/schema.json',
    );
  });

  it('does not point at a schema in the node_modules of another folder, such as npx’s cache', async () => {
    const dir = tempDir();
    const project = join(dir, 'project');
    mkdirSync(join(project, 'docs'), { recursive: true });
    const cached = join(dir, 'npx-cache/node_modules/@trailmark/curriculum/dist/schema.json');
    expect(await schemaWritten(project, 'docs/r.json', cached)).toBe(
      '../node_modules/@trailmark/curriculum/dist/schema.json',
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
