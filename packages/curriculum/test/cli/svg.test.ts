/**
 * `trailmark svg`, the built CLI run as a subprocess.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it, vi } from 'vitest';
import { fixture, runCli, STACK_TRACE, tempDir } from './helpers.js';

vi.setConfig({ testTimeout: 120_000 });

function expectOneLineError(result: { code: number | null; stderr: string; stdout: string }) {
  expect(result.code).toBe(2);
  expect(result.stdout).toBe('');
  expect(result.stderr).toMatch(/^trailmark: [^\n]+\n$/);
  expect(result.stderr).not.toMatch(STACK_TRACE);
}

function parse(svg: string) {
  const errors: string[] = [];
  const doc = new DOMParser({
    onError: (level, message) => void errors.push(`${level}: ${message}`),
  }).parseFromString(svg, 'image/svg+xml');
  expect(errors).toEqual([]);
  return doc.documentElement;
}

function progressFile(dir: string, topics: Record<string, unknown>, curriculumId = 'web-basics') {
  const file = join(dir, 'progress.json');
  writeFileSync(file, JSON.stringify({ curriculumId, schemaVersion: 1, topics }));
  return file;
}

describe('trailmark svg', () => {
  it('writes an SVG map to stdout, in the locale and theme asked for', () => {
    const en = runCli(['svg', fixture('valid.yaml')]);
    expect(en.code).toBe(0);
    expect(en.stderr).toBe('');
    const root = parse(en.stdout);
    expect(root?.getAttribute('lang')).toBe('en');
    expect(en.stdout).toContain('<title id="tm-title">Web basics</title>');
    const zh = runCli(['svg', fixture('valid.yaml'), '--locale', 'zh-CN', '--theme', 'dark']);
    expect(zh.code).toBe(0);
    expect(parse(zh.stdout)?.getAttribute('lang')).toBe('zh-CN');
    expect(zh.stdout).toContain('<title id="tm-title">网页基础</title>');
    expect(zh.stdout).not.toBe(en.stdout);
  });

  it('writes to --output, and draws one level with --level', () => {
    const dir = tempDir();
    const result = runCli(['svg', fixture('valid.yaml'), '-o', 'map.svg', '--level', 'pages'], {
      cwd: dir,
    });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    const svg = readFileSync(join(dir, 'map.svg'), 'utf8');
    expect(svg.match(/data-level="/g)).toHaveLength(1);
    expect(svg).toContain('data-level="pages"');
    const right = runCli(['svg', fixture('valid.yaml'), '--direction', 'right']);
    expect(right.code).toBe(0);
    expect(right.stdout).not.toBe(runCli(['svg', fixture('valid.yaml')]).stdout);
  });

  it('shows progress from --progress on the topics', () => {
    const dir = tempDir();
    const file = progressFile(dir, { elements: { status: 'done', updatedAt: '2026-01-02' } });
    const result = runCli(['svg', fixture('valid.yaml'), '--progress', file]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('data-topic="elements" data-status="done"');
    expect(result.stdout).toContain('data-status="not-started"');
  });

  it('fails with exit code 2 on a progress file that cannot be drawn, saying why', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'broken.json'), '{ "curriculumId": ');
    const cases = [
      ['missing.json', /cannot read progress missing\.json: no such file/],
      [join(dir, 'broken.json'), /not valid JSON/],
      [progressFile(dir, {}, 'another'), /curriculumId: .*"another", not "web-basics"/],
    ] as const;
    for (const [file, reason] of cases) {
      const result = runCli(['svg', fixture('valid.yaml'), '--progress', file]);
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(/^trailmark: /);
      expect(result.stderr).toMatch(reason);
      expect(result.stderr).not.toMatch(STACK_TRACE);
    }
    const entry = progressFile(dir, { elements: { status: 'finished', updatedAt: '2026-01-02' } });
    const dropped = runCli(['svg', fixture('valid.yaml'), '--progress', entry]);
    expect(dropped.code).toBe(2);
    expect(dropped.stderr).toMatch(/^ {2}topics\.elements: left out: /m);
  });

  it('draws progress that names topics the curriculum no longer has, with a warning', () => {
    const dir = tempDir();
    const file = progressFile(dir, {
      elements: { status: 'done', updatedAt: '2026-01-02' },
      gone: { status: 'done', updatedAt: '2026-01-02' },
    });
    const result = runCli(['svg', fixture('valid.yaml'), '--progress', file]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('data-topic="elements" data-status="done"');
    expect(result.stderr).toMatch(/^trailmark: warning: .*has no topic "gone"\n$/);
  });

  it('rejects an unknown level, theme or direction in one line (exit 2)', () => {
    const level = runCli(['svg', fixture('valid.yaml'), '--level', 'l9']);
    expectOneLineError(level);
    expect(level.stderr).toContain('"pages"');
    expectOneLineError(runCli(['svg', fixture('valid.yaml'), '--theme', 'blue']));
    expectOneLineError(runCli(['svg', fixture('valid.yaml'), '--direction', 'up']));
  });

  it('prints the problems of an invalid curriculum and exits 1, writing nothing', () => {
    const result = runCli(['svg', fixture('invalid.yaml')]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('not a valid curriculum');
  });

  it('has help with its usage and options, listed in the program help', () => {
    const help = runCli(['svg', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: trailmark svg <file> \[options\]/);
    for (const option of [
      '--output',
      '--locale',
      '--theme',
      '--direction',
      '--level',
      '--progress',
    ]) {
      expect(help.stdout).toContain(option);
    }
    expect(runCli(['--help']).stdout).toMatch(
      /^ {2}svg <file> +draw the curriculum as an SVG map$/m,
    );
  });
});
