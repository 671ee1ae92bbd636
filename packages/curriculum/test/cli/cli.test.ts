/**
 * The built `trailmark` run as a subprocess, the way people and scripts use it.
 */
import { chmodSync, cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it, vi } from 'vitest';
import { CLI, FIXTURES, fixture, PACKAGE_ROOT, runCli, STACK_TRACE, tempDir } from './helpers.js';

const ESC = '\u001b[';
/** The schema beside the CLI under test, which `init` points files at. */
const SCHEMA = join(PACKAGE_ROOT, 'dist/schema.json');

// Each case starts Node at least once; on a busy two-core machine that takes a while.
vi.setConfig({ testTimeout: 120_000 });

/**
 * A temporary folder holding the fixtures and two files that do not parse (kept out of the
 * repository, where the formatter would trip over them).
 */
function workspace(): string {
  const dir = tempDir();
  cpSync(FIXTURES, dir, { recursive: true });
  writeFileSync(
    join(dir, 'syntax-error.yaml'),
    'schemaVersion: 1\nid: tiny\nlevels: [1, 2\ntitle: Tiny\n',
  );
  writeFileSync(
    join(dir, 'syntax-error.json'),
    '{\n  "schemaVersion": 1,\n  "id": "tiny",\n  "title": "Tiny",\n}\n',
  );
  return dir;
}

function expectOneLineError(result: { code: number | null; stderr: string; stdout: string }) {
  expect(result.code).toBe(2);
  expect(result.stdout).toBe('');
  expect(result.stderr).toMatch(/^trailmark: [^\n]+\n$/);
  expect(result.stderr).not.toMatch(STACK_TRACE);
}

describe('trailmark (program)', () => {
  it('is an executable with a node shebang', () => {
    expect(readFileSync(CLI, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
  });

  it('prints the package version for --version and -v', () => {
    const { version } = JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8'));
    for (const flag of ['--version', '-v']) {
      const result = runCli([flag]);
      expect(result).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
    }
  });

  it('lists every command in --help, -h and "help"', () => {
    for (const args of [['--help'], ['-h'], ['help']]) {
      const result = runCli(args);
      expect(result.code).toBe(0);
      expect(result.stderr).toBe('');
      for (const command of ['validate', 'init', 'schema', 'stats', 'markdown', 'jsonld']) {
        expect(result.stdout).toMatch(new RegExp(`^  ${command} `, 'm'));
      }
    }
  });

  it.each(['validate', 'init', 'schema', 'stats', 'markdown', 'jsonld'])(
    'has help for "%s" with its usage and options',
    (command) => {
      const long = runCli([command, '--help']);
      expect(long.code).toBe(0);
      expect(long.stdout).toMatch(new RegExp(`^Usage: trailmark ${command}`));
      expect(long.stdout).toContain('-h, --help');
      expect(runCli([command, '-h']).stdout).toBe(long.stdout);
      expect(runCli(['help', command]).stdout).toBe(long.stdout);
    },
  );

  it('fails in one line, with exit code 2, on a missing command', () => {
    const result = runCli([]);
    expectOneLineError(result);
    expect(result.stderr).toContain('missing command');
  });

  it('names an unknown command and suggests the closest one', () => {
    const result = runCli(['valdate', 'x.json']);
    expectOneLineError(result);
    expect(result.stderr).toContain('unknown command "valdate"');
    expect(result.stderr).toContain('did you mean "validate"?');
    expect(result.stderr).toContain('trailmark --help');
  });

  it('names an unknown option of a command and points to its help', () => {
    const result = runCli(['validate', '--fromat', 'json', fixture('valid.json')]);
    expectOneLineError(result);
    expect(result.stderr).toContain('unknown option "--fromat"');
    expect(result.stderr).toContain('did you mean "--format"?');
    expect(result.stderr).toContain('trailmark validate --help');
    expectOneLineError(runCli(['--frobnicate']));
    expectOneLineError(runCli(['stats', '-z', fixture('valid.json')]));
  });

  it('rejects missing arguments, extra arguments and bad option values', () => {
    for (const args of [
      ['validate'],
      ['stats'],
      ['markdown'],
      ['schema', 'extra'],
      ['stats', fixture('valid.json'), fixture('valid.yaml')],
      ['validate', '--format', 'xml', fixture('valid.json')],
      ['validate', fixture('valid.json'), '--format'],
      ['markdown', fixture('valid.json'), '--locale', '--output', 'x.md'],
      ['markdown', fixture('valid.json'), '--locale', 'not a tag!'],
      ['jsonld', fixture('valid.json'), '--url', 'javascript:alert(1)'],
      ['init', '--force=yes'],
      ['validate', '-', '-'],
    ]) {
      expectOneLineError(runCli(args));
    }
  });
});

describe('trailmark validate', () => {
  it('accepts valid JSON and YAML files (exit 0) and says so', () => {
    const result = runCli(['validate', fixture('valid.json'), fixture('valid.yaml')]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain(`${fixture('valid.json')}: valid (1 level, 1 topic)`);
    expect(result.stdout).toContain(`${fixture('valid.yaml')}: valid (2 levels, 3 topics)`);
    expect(result.stdout).toMatch(/^2 files checked: 2 valid\n$/m);
  });

  it('prints each issue as file:line:column: path: message and exits 1', () => {
    const result = runCli(['validate', 'invalid.yaml'], { cwd: FIXTURES });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('');
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines).toEqual([
      expect.stringMatching(/^invalid\.yaml:9:5: levels\[0\]\.summary: required field is missing/),
      expect.stringMatching(
        /^invalid\.yaml:21:29: levels\[0\]\.modules\[0\]\.topics\[0\]\.estimatedHours: .*-1/,
      ),
      expect.stringMatching(
        /^invalid\.yaml:24:22: levels\[0\]\.modules\[0\]\.topics\[0\]\.resources\[0\]\.url: .*javascript:alert\(1\)/,
      ),
      '1 file checked: 0 valid, 1 invalid (3 problems)',
    ]);
  });

  it('points JSON issues at the value, and unknown keys at the key', () => {
    const result = runCli(['validate', 'invalid.json'], { cwd: FIXTURES });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(
      /^invalid\.json:25:23: levels\[0\]\.modules\[0\]\.topics\[0\]\.kind: .*"lecture"/m,
    );
    expect(result.stdout).toMatch(
      /^invalid\.json:27:15: levels\[0\]\.modules\[0\]\.topics\[0\]\.prerequisite: unknown key/m,
    );
  });

  it('locates whole-document problems such as an unknown prerequisite', () => {
    const result = runCli(['validate', 'unknown-reference.yaml'], { cwd: FIXTURES });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(
      /^unknown-reference\.yaml:23:29: levels\[0\]\.modules\[0\]\.topics\[0\]\.prerequisites\[0\]: .*"no-such-topic"/m,
    );
  });

  it('reports JSON with a stable documented shape for --format json', () => {
    const result = runCli(
      ['validate', '--format', 'json', 'valid.json', 'invalid.json', 'syntax-error.yaml'],
      { cwd: workspace() },
    );
    // A file that cannot be parsed outranks an invalid one.
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('');
    const report = JSON.parse(result.stdout);
    expect(report).toEqual([
      { file: 'valid.json', ok: true, issues: [] },
      {
        file: 'invalid.json',
        ok: false,
        issues: [
          {
            path: 'levels[0].modules[0].topics[0].kind',
            code: 'invalid_value',
            message: expect.stringContaining('"lecture"'),
            line: 25,
            column: 23,
          },
          {
            path: 'levels[0].modules[0].topics[0].prerequisite',
            code: 'unknown_key',
            message: expect.stringContaining('prerequisites'),
            line: 27,
            column: 15,
          },
        ],
      },
      {
        file: 'syntax-error.yaml',
        ok: false,
        issues: [
          {
            path: '(root)',
            code: 'syntax_error',
            message: 'YAML syntax error: this [ is never closed; end it with ]',
            line: 3,
            column: 9,
          },
        ],
      },
    ]);
  });

  it('shows a YAML syntax error in plain words, with a caret under the spot to change (exit 2)', () => {
    const result = runCli(['validate', 'syntax-error.yaml'], { cwd: workspace() });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      [
        // At the [ left open, not on the next line where the yaml library stopped.
        'trailmark: syntax-error.yaml:3:9: YAML syntax error: this [ is never closed; end it with ]',
        ' 3 | levels: [1, 2',
        '   |         ^',
        '',
      ].join('\n'),
    );
    expect(result.stdout).toBe('1 file checked: 0 valid, 1 unreadable\n');
  });

  it('shows a JSON syntax error at the offending character', () => {
    const result = runCli(['validate', 'syntax-error.json'], { cwd: workspace() });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      [
        'trailmark: syntax-error.json:4:18: JSON syntax error: trailing comma before }; JSON allows none',
        ' 4 |   "title": "Tiny",',
        '   |                  ^',
        '',
      ].join('\n'),
    );
  });

  it('reports a missing file, a directory and binary content in one line each (exit 2)', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'binary.json'), new Uint8Array([0xff, 0xfe, 0x00, 0x81, 0x7b]));
    mkdirSync(join(dir, 'folder.yaml'));
    for (const [file, reason] of [
      ['missing.json', 'no such file'],
      ['folder.yaml', 'is a directory'],
      ['binary.json', 'is not UTF-8 text'],
    ] as const) {
      const result = runCli(['validate', file], { cwd: dir });
      expect(result.code).toBe(2);
      expect(result.stderr.startsWith(`trailmark: ${file}: ${reason}`)).toBe(true);
      expect(result.stderr.split('\n')).toHaveLength(2);
      expect(result.stderr).not.toMatch(STACK_TRACE);
    }
  });

  it('reads standard input for "-", sniffing JSON or YAML', () => {
    const json = readFileSync(fixture('valid.json'), 'utf8');
    const yaml = readFileSync(fixture('valid.yaml'), 'utf8');
    expect(runCli(['validate', '-'], { input: json }).stdout).toContain('<stdin>: valid');
    expect(runCli(['validate', '-'], { input: yaml }).stdout).toContain('<stdin>: valid');
    const broken = runCli(['validate', '-'], { input: '{"id": "x",}' });
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/^trailmark: <stdin>:1:11: JSON syntax error: /);
  });

  it('rejects two YAML documents in one file and repeated keys', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'two.yaml'), 'id: a\n---\nid: b\n');
    writeFileSync(join(dir, 'twice.yaml'), 'id: a\nid: b\n');
    const two = runCli(['validate', 'two.yaml'], { cwd: dir });
    expect(two.code).toBe(2);
    expect(two.stderr).toMatch(
      /^trailmark: two\.yaml:2:1: YAML syntax error: .*more than one YAML document/,
    );
    const twice = runCli(['validate', 'twice.yaml'], { cwd: dir });
    expect(twice.code).toBe(2);
    expect(twice.stderr).toMatch(/^trailmark: twice\.yaml:2:1: YAML syntax error: .*repeated/);
  });

  it('writes no color when piped, and colors with FORCE_COLOR=1 unless it is 0', () => {
    const args = ['validate', fixture('invalid.yaml'), fixture('missing.yaml')];
    const piped = runCli(args);
    expect(piped.stdout + piped.stderr).not.toContain(ESC);
    const forced = runCli(args, { env: { FORCE_COLOR: '1' } });
    expect(forced.stdout).toContain(`${ESC}1m`);
    expect(forced.stderr).toContain(`${ESC}31mtrailmark:`);
    // Colors change nothing else.
    expect(stripVTControlCharacters(forced.stdout)).toBe(piped.stdout);
    expect(runCli(args, { env: { FORCE_COLOR: '0' } }).stdout).not.toContain(ESC);
    expect(runCli(args, { env: { NO_COLOR: '1' } }).stdout).not.toContain(ESC);
  });
});

describe('trailmark init', () => {
  it('writes a starter curriculum.json with a local $schema that validates', () => {
    const dir = tempDir();
    const result = runCli(['init'], { cwd: dir });
    expect(result.code).toBe(0);
    // The hint works with a local install too, where a bare `trailmark` is not on PATH.
    expect(result.stdout).toBe(
      'Wrote curriculum.json. Edit it, then check it with: npx trailmark validate curriculum.json\n',
    );
    const written = JSON.parse(readFileSync(join(dir, 'curriculum.json'), 'utf8'));
    expect(written.$schema).toMatch(/^\.\.?\/.*\/dist\/schema\.json$/);
    expect(resolve(dir, written.$schema)).toBe(SCHEMA);
    expect(runCli(['validate', 'curriculum.json'], { cwd: dir }).code).toBe(0);
  });

  it('quotes a file name with a space in its hint, so the command can be pasted', () => {
    const result = runCli(['init', 'my roadmap.yaml'], { cwd: tempDir() });
    expect(result.stdout).toContain('check it with: npx trailmark validate "my roadmap.yaml"\n');
  });

  it.each(['roadmap.yaml', 'roadmap.yml'])(
    'writes YAML for %s with a yaml-language-server comment',
    (file) => {
      const dir = tempDir();
      expect(runCli(['init', file], { cwd: dir }).code).toBe(0);
      const [first = '', second] = readFileSync(join(dir, file), 'utf8').split('\n');
      expect(second).toBe(
        '# A starter curriculum: edit it, then check it with "npx trailmark validate".',
      );
      const prefix = '# yaml-language-server: $schema=';
      expect(first.startsWith(prefix)).toBe(true);
      expect(resolve(dir, first.slice(prefix.length))).toBe(SCHEMA);
      expect(runCli(['validate', file], { cwd: dir }).code).toBe(0);
    },
  );

  it('points $schema at the installed schema from a file in a nested folder, run in a subfolder', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'project/docs/roadmaps'), { recursive: true });
    const cwd = join(dir, 'project/docs');
    expect(runCli(['init', 'roadmaps/roadmap.json'], { cwd }).code).toBe(0);
    const file = join(cwd, 'roadmaps/roadmap.json');
    const written = JSON.parse(readFileSync(file, 'utf8'));
    expect(resolve(dirname(file), written.$schema)).toBe(SCHEMA);
  });

  it('refuses to overwrite an existing file (exit 2) unless --force is given', () => {
    const dir = tempDir();
    const target = join(dir, 'curriculum.json');
    writeFileSync(target, 'mine');
    const refused = runCli(['init'], { cwd: dir });
    expectOneLineError(refused);
    expect(refused.stderr).toContain('curriculum.json already exists; use --force');
    expect(readFileSync(target, 'utf8')).toBe('mine');
    expect(runCli(['init', '--force'], { cwd: dir }).code).toBe(0);
    expect(readFileSync(target, 'utf8')).toContain('"schemaVersion": 1');
  });

  it('fails in one line for an unknown extension, a missing folder or a read-only folder', () => {
    const dir = tempDir();
    expectOneLineError(runCli(['init', 'roadmap.txt'], { cwd: dir }));
    expectOneLineError(runCli(['init', 'no/such/folder.json'], { cwd: dir }));
    expect(existsSync(join(dir, 'roadmap.txt'))).toBe(false);
    if (process.getuid?.() !== 0) {
      // root writes anywhere, so the permission case only means something for other users.
      mkdirSync(join(dir, 'locked'));
      chmodSync(join(dir, 'locked'), 0o500);
      expectOneLineError(runCli(['init', 'locked/c.json'], { cwd: dir }));
    }
  });
});

describe('trailmark schema', () => {
  it('prints the JSON Schema generated at build time', () => {
    const result = runCli(['schema']);
    expect(result.code).toBe(0);
    const printed = JSON.parse(result.stdout);
    expect(printed).toEqual(
      JSON.parse(readFileSync(join(PACKAGE_ROOT, 'dist/schema.json'), 'utf8')),
    );
    expect(printed.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(printed.required).toContain('levels');
    expect(printed.properties.levels).toMatchObject({ type: 'array', minItems: 1 });
  });
});

describe('trailmark stats', () => {
  it('shows levels, modules, topics and hours per level as a table', () => {
    const result = runCli(['stats', fixture('valid.yaml')]);
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n')).toEqual([
      'Web basics (web-basics 1.0.0)',
      '',
      'Level  Title  Modules  Topics  Hours',
      'L1     Pages        1       2      8',
      'L2     Sites        1       1     30',
      'Total               2       3     38',
      '',
    ]);
  });

  it('aligns wide (CJK) titles by their width on screen', () => {
    const result = runCli(['stats', fixture('valid.yaml'), '--locale', 'zh-CN']);
    expect(result.stdout.split('\n').slice(0, 6)).toEqual([
      '网页基础 (web-basics 1.0.0)',
      '',
      'Level  Title  Modules  Topics  Hours',
      // Each of these characters takes two columns: "网页" is as wide as "Pages" less one.
      'L1     网页         1       2      8',
      'L2     网站         1       1     30',
      'Total               2       3     38',
    ]);
  });

  it('gives JSON for --format json', () => {
    const result = runCli(['stats', fixture('valid.yaml'), '--format', 'json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({
      id: 'web-basics',
      version: '1.0.0',
      title: 'Web basics',
      locale: 'en',
      levels: [
        {
          id: 'pages',
          code: 'L1',
          title: 'Pages',
          optional: false,
          modules: 1,
          topics: 2,
          optionalTopics: 0,
          hours: 8,
        },
        {
          id: 'sites',
          code: 'L2',
          title: 'Sites',
          optional: false,
          modules: 1,
          topics: 1,
          optionalTopics: 1,
          hours: 30,
        },
      ],
      total: { levels: 2, modules: 2, topics: 3, hours: 38 },
    });
  });

  it('prints the issues of an invalid curriculum on stderr and exits 1', () => {
    const result = runCli(['stats', 'invalid.yaml'], { cwd: FIXTURES });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^invalid\.yaml:9:5: levels\[0\]\.summary: /);
    expect(result.stderr).toMatch(
      /\ntrailmark: invalid\.yaml: not a valid curriculum \(3 problems above\)\n$/,
    );
  });

  it('fails in one line on a missing file', () => {
    expectOneLineError(runCli(['stats', 'missing.yaml']));
  });
});

describe('trailmark markdown and jsonld', () => {
  it('writes Markdown to stdout, in the locale asked for', () => {
    const en = runCli(['markdown', fixture('valid.yaml')]);
    expect(en.code).toBe(0);
    expect(en.stdout).toMatch(/^# Web basics\n/);
    expect(en.stdout).toContain('## L1 · Pages');
    const zh = runCli(['markdown', fixture('valid.yaml'), '--locale', 'zh-CN']);
    expect(zh.stdout).toMatch(/^# 网页基础\n/);
  });

  it('writes the words around the texts in Chinese for zh, in English otherwise', () => {
    const dir = tempDir();
    const yaml = readFileSync(fixture('valid.yaml'), 'utf8').replace(
      '    skills: [markup]\n    modules:',
      '    skills: [markup]\n    outcomes:\n      - en: Write a page\n        zh-CN: 写一个网页\n    modules:',
    );
    writeFileSync(join(dir, 'web.yaml'), yaml);
    const zh = runCli(['markdown', 'web.yaml', '--locale', 'zh-CN'], { cwd: dir });
    expect(zh.code).toBe(0);
    expect(zh.stdout).toContain('*8 小时*');
    expect(zh.stdout).toContain('**学完后你能够**\n\n- 写一个网页\n');
    expect(zh.stdout).toContain(
      '- **第一个网页**（项目，5 小时） — 发布一个网页。\n  - 前置知识：元素\n',
    );
    expect(zh.stdout).toContain('（项目，12 小时，选修）');
    expect(zh.stdout).toContain('[MDN HTML basics](https://developer.mozilla.org/');
    expect(zh.stdout).toContain(')（文档）');
    expect(zh.stdout).not.toMatch(
      /Outcomes|Prerequisites|optional|project|concept|\(docs\)|\d h\b|[\u4e00-\u9fff][:,]/,
    );

    const en = runCli(['markdown', 'web.yaml'], { cwd: dir });
    expect(en.stdout).toContain('**You will be able to**\n\n- Write a page\n');
    expect(en.stdout).toContain(
      '- **A first page** (Project, 5 hours) — Publish one page.\n  - Prerequisites: Elements\n',
    );

    // A curriculum written first in Chinese gets Chinese words without --locale.
    writeFileSync(join(dir, 'zh.yaml'), yaml.replace('defaultLocale: en', 'defaultLocale: zh-CN'));
    expect(runCli(['markdown', 'zh.yaml'], { cwd: dir }).stdout).toContain('**学完后你能够**');
  });

  it('writes schema.org JSON-LD with level URLs from --url', () => {
    const result = runCli(['jsonld', fixture('valid.yaml'), '--url', 'https://example.com/web']);
    expect(result.code).toBe(0);
    const data = JSON.parse(result.stdout);
    expect(data['@type']).toBe('ItemList');
    expect(data.itemListElement.map((entry: { item: { url: string } }) => entry.item.url)).toEqual([
      'https://example.com/web#pages',
      'https://example.com/web#sites',
    ]);
  });

  it('writes to --output / -o instead of stdout', () => {
    const dir = tempDir();
    const markdown = runCli(['markdown', fixture('valid.yaml'), '--output', 'ROADMAP.md'], {
      cwd: dir,
    });
    expect(markdown).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(readFileSync(join(dir, 'ROADMAP.md'), 'utf8')).toBe(
      runCli(['markdown', fixture('valid.yaml')]).stdout,
    );
    expect(runCli(['jsonld', fixture('valid.json'), '-o', 'r.jsonld'], { cwd: dir }).code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'r.jsonld'), 'utf8'))['@type']).toBe('ItemList');
  });

  it('warns on a locale the curriculum does not have, and writes its default locale', () => {
    const result = runCli(['jsonld', fixture('valid.yaml'), '--locale', 'fr']);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/^trailmark: warning: the curriculum has no "fr" texts/);
    expect(JSON.parse(result.stdout).inLanguage).toBe('en');
  });

  it.each(['markdown', 'jsonld'])(
    '%s prints the issues of an invalid curriculum and exits 1',
    (command) => {
      const dir = tempDir();
      const result = runCli([command, fixture('invalid.json'), '-o', 'out'], { cwd: dir });
      expect(result.code).toBe(1);
      expect(result.stderr).toContain('levels[0].modules[0].topics[0].kind');
      expect(existsSync(join(dir, 'out'))).toBe(false);
    },
  );
});

describe('error output', () => {
  it('refuses YAML nested deeper than a curriculum could be, at the first level too deep', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'flow.yaml'), `${'['.repeat(5_000)}${']'.repeat(5_000)}`);
    writeFileSync(join(dir, 'block.yaml'), `${'- '.repeat(5_000)}x\n`);
    // The 101st "[" is column 101; the 101st "- " starts at column 201.
    for (const [file, column] of [
      ['flow.yaml', 101],
      ['block.yaml', 201],
    ] as const) {
      const result = runCli(['validate', file], { cwd: dir });
      expect(result.code).toBe(2);
      expect(result.stderr.split('\n')[0]).toBe(
        `trailmark: ${file}:1:${column}: nested more than 100 levels deep; a curriculum needs about 12`,
      );
    }
  });

  it('never contains a stack trace', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'deep.json'), `{"levels": ${'['.repeat(5_000)}${']'.repeat(5_000)}}`);
    // Each anchor holds nine of the one before: expanded, 9^10 values ("billion laughs").
    const names = 'abcdefghij';
    const bomb = [...names].map((name, i) =>
      i === 0
        ? `${name}: &${name} [x, x, x, x, x, x, x, x, x]`
        : `${name}: &${name} [${Array(9)
            .fill(`*${names[i - 1]}`)
            .join(', ')}]`,
    );
    writeFileSync(join(dir, 'bomb.yaml'), bomb.join('\n'));
    for (const args of [
      ['validate', 'deep.json'],
      ['validate', 'bomb.yaml'],
      ['stats', 'deep.json'],
      ['markdown', 'bomb.yaml'],
    ]) {
      const result = runCli(args, { cwd: dir });
      expect([1, 2]).toContain(result.code);
      expect(result.stdout + result.stderr).not.toMatch(STACK_TRACE);
    }
  });
});
