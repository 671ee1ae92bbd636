import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkText } from './check';
import { toDiagnostics } from './diagnostics';

const STARTER = readFileSync(new URL('./starter.yaml', import.meta.url), 'utf8');

describe('checkText', () => {
  it('finds the starter valid, with its curriculum and ids, as plain data a worker can send', () => {
    const report = checkText(STARTER, 'en');
    expect(report.kind).toBe('valid');
    expect(report.curriculum?.id).toBe('web-accessibility');
    expect(report.ids?.topics).toEqual(['landmarks-headings', 'keyboard', 'automated-audit']);
    expect(structuredClone({ ...report, curriculum: undefined })).toEqual({
      ...report,
      curriculum: undefined,
    });
  });

  it('places a validation issue at its value, worded in the page language', () => {
    const text = STARTER.replace('kind: practice', 'kind: lecture');
    const report = checkText(text, 'zh-CN');
    expect(report.kind).toBe('invalid');
    const [issue] = report.issues;
    expect(text.slice(issue?.span.start, issue?.span.end)).toBe('lecture');
    expect(issue?.path).toBe('levels[0].modules[0].topics[1].kind');
    expect(issue?.line).toBe(text.slice(0, text.indexOf('lecture')).split('\n').length);
    expect(issue?.message).toMatch(/[\u4e00-\u9fff]/);
    expect(toDiagnostics(report.issues)).toEqual([
      {
        from: issue?.span.start,
        to: issue?.span.end,
        severity: 'error',
        message: `levels[0].modules[0].topics[1].kind: ${issue?.message}`,
      },
    ]);
  });

  it('reports syntax errors with their place, and an empty text as empty', () => {
    const report = checkText('{\n  "id": "x",\n}', 'en');
    expect(report).toMatchObject({ kind: 'syntax', format: 'json' });
    expect(report.issues[0]).toMatchObject({ path: '', line: 2, column: 12 });
    expect(checkText('  \n', 'en')).toMatchObject({ kind: 'empty', issues: [] });
  });
});
