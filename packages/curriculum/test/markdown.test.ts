import { describe, expect, it } from 'vitest';
import { toMarkdown } from '../src/index.js';
import { labelsFor } from '../src/locale/index.js';
import { escapeMarkdown } from '../src/markdown.js';
import { fixture, fixtureCopy } from './fixture.js';

describe('toMarkdown', () => {
  const c = fixture();

  it('writes a heading per level and module and a bullet per topic', () => {
    const md = toMarkdown(c);
    expect(md.split('\n').filter((line) => line.startsWith('#'))).toEqual([
      '# Web basics',
      '## L1 · Foundations',
      '### Markup',
      '## L2 · Interactivity',
      '### Scripting',
      '## ★ · Beyond',
      '### Deeper',
    ]);
    expect(md).toContain('\n*10 hours*\n');
    expect(md).toContain('\n*20 hours, Optional*\n');
    expect(md).toContain('**You will be able to**\n\n- Write a page by hand\n');
    expect(md).toContain('- **HTML** (Concept, 4 hours) — Elements and attributes.\n');
    expect(md).toContain('- **Animations** (Practice, 3 hours, Optional) — Motion on the page.\n');
    expect(md).toContain('  - Prerequisites: JavaScript and CSS\n');
    expect(md).toContain(
      '  - [MDN: HTML](https://developer.mozilla.org/en-US/docs/Web/HTML) (Docs)\n',
    );
    expect(md.endsWith('\n')).toBe(true);
    expect(md.endsWith('\n\n')).toBe(false);
  });

  it('writes texts in the locale asked for, with the labels given, in full-width punctuation', () => {
    const md = toMarkdown(c, { locale: 'zh-CN', labels: labelsFor('zh-CN') });
    expect(md.startsWith('# 网页基础\n\n从 HTML 到上线的应用。\n')).toBe(true);
    expect(md).toContain('- **HTML 入门**（概念，4 小时）');
    expect(md).toContain('**学完后你能够**');
    expect(md).toContain('  - 前置知识：HTML 入门\n');
    expect(md).toContain('\n*20 小时，选修*\n');
  });

  it('writes a 1-hour topic in the singular and joins many prerequisites the locale’s way', () => {
    const c2 = fixtureCopy();
    const [html, css] = c2.levels[0]?.modules[0]?.topics ?? [];
    (html as { estimatedHours: number }).estimatedHours = 1;
    (css as { title: unknown }).title = { en: 'CSS', 'zh-CN': '层叠样式表' };
    const js = c2.levels[1]?.modules[0]?.topics[0] as { prerequisites: string[] };
    js.prerequisites = ['html', 'css'];
    expect(toMarkdown(c2)).toContain('(Concept, 1 hour)');
    const zh = toMarkdown(c2, { locale: 'zh-CN', labels: labelsFor('zh-CN') });
    expect(zh).toContain('  - 前置知识：HTML 入门、层叠样式表\n');
  });

  it('escapes author text so it shows as written and cannot add links, HTML or formatting', () => {
    const hostile = fixtureCopy();
    const topic = hostile.levels[0]?.modules[0]?.topics[0] as { title: unknown; summary: unknown };
    topic.title =
      '*bold* _it_ [x](javascript:alert(1)) <script>alert(1)</script> a|b ~~s~~ &amp; `code`';
    topic.summary = '# not a heading\n- not a list\n\n1. not ordered';
    (hostile.levels[0] as { summary: unknown }).summary = '- looks like a list';
    const md = toMarkdown(hostile);
    expect(md).toContain(
      '- **\\*bold\\* \\_it\\_ \\[x\\](javascript:alert(1)) \\<script\\>alert(1)\\</script\\> a\\|b \\~\\~s\\~\\~ \\&amp; \\`code\\`** (Concept, 4 hours) — \\# not a heading - not a list 1. not ordered\n',
    );
    expect(md).toContain('\n\\- looks like a list\n');
    expect(md).not.toContain('<script>');
    // Every bracket is escaped, so no link can start.
    expect(md).not.toMatch(/(?<!\\)\]\(javascript:/);
  });

  it('keeps link destinations from ending early', () => {
    const c2 = fixtureCopy();
    const resource = c2.levels[0]?.modules[0]?.topics[0]?.resources[0] as { url: string };
    resource.url = 'https://en.wikipedia.org/wiki/Tree_(data_structure)<x>';
    expect(toMarkdown(c2)).toContain(
      '(https://en.wikipedia.org/wiki/Tree_%28data_structure%29%3Cx%3E)',
    );
  });
});

describe('escapeMarkdown', () => {
  it.each([
    ['plain words', 'plain words'],
    ['  spaced\n\tout  ', 'spaced out'],
    ['# heading', '\\# heading'],
    ['C# and F#', 'C\\# and F\\#'],
    ['- item', '\\- item'],
    ['+ item', '\\+ item'],
    ['=== rule', '\\=== rule'],
    ['1. first', '1\\. first'],
    ['2) second', '2\\) second'],
    ['version 1.2', 'version 1.2'],
    ['back\\slash', 'back\\\\slash'],
    ['a > b < c', 'a \\> b \\< c'],
    // GFM turns these into links by themselves.
    ['see https://evil.example/x', 'see https\\://evil.example/x'],
    ['HTTP://a.b and ftp://c.d', 'HTTP\\://a.b and ftp\\://c.d'],
    ['www.evil.example or WWW.x.y', 'www\\.evil.example or WWW\\.x.y'],
    ['mail me@evil.example, mailto:a@b.c', 'mail me\\@evil.example, mailto:a\\@b.c'],
    [
      'a_www.evil.example (_ and ( come before links too)',
      'a\\_www\\.evil.example (\\_ and ( come before links too)',
    ],
    ['time: 10:30, awww.', 'time: 10:30, awww\\.'],
  ])('escapes %j', (text, expected) => {
    expect(escapeMarkdown(text)).toBe(expected);
  });
});
