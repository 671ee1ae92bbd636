import { fc, test } from '@fast-check/vitest';
import { tokens } from '@trailmark/tokens';
import { DOMParser, type Element, type Node } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { llmEngineer } from '../src/roadmaps/llm-engineer.js';
import type { Curriculum, Progress } from '../src/schema.js';
import { SVG_LABELS, toSvg } from '../src/svg/index.js';
import { indexTopics } from '../src/topics.js';
import { fixtureCopy } from './fixture.js';

/** Elements a map may contain: nothing that runs, embeds HTML or loads anything. */
const ALLOWED = new Set([
  'svg',
  'title',
  'desc',
  'defs',
  'marker',
  'g',
  'rect',
  'circle',
  'path',
  'text',
  'tspan',
]);
// Bidirectional embeddings, overrides and isolates.
const BIDI = /[\u202a-\u202e\u2066-\u2069]/;

/** Characters toSvg leaves out: not allowed in XML, or reordering the text after them. */
function dropped(code: number): boolean {
  return (
    (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069) ||
    (code >= 0xd800 && code <= 0xdfff) ||
    code === 0xfffe ||
    code === 0xffff
  );
}

/** Parses `svg` with a real XML parser; fails the test on any parser warning or error. */
function parse(svg: string) {
  const problems: string[] = [];
  const doc = new DOMParser({
    onError: (level, message) => {
      problems.push(`${level}: ${message}`);
    },
  }).parseFromString(svg, 'image/svg+xml');
  expect(problems).toEqual([]);
  return doc;
}

function* elements(node: Node): Generator<Element> {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === child.ELEMENT_NODE) {
      yield child as Element;
      yield* elements(child);
    }
  }
}

/** Checks the publishing rules on a parsed map; returns every text content, in order. */
function expectSafe(svg: string): string[] {
  const doc = parse(svg);
  const root = doc.documentElement as Element;
  expect(root.namespaceURI).toBe('http://www.w3.org/2000/svg');
  expect(root.localName).toBe('svg');
  const texts: string[] = [];
  for (const element of [root, ...elements(root)]) {
    expect(ALLOWED, `<${element.tagName}>`).toContain(element.tagName);
    for (let i = 0; i < element.attributes.length; i++) {
      const { name, value } = element.attributes.item(i) as { name: string; value: string };
      if (name === 'xmlns') {
        expect(value).toBe('http://www.w3.org/2000/svg');
        continue;
      }
      expect(name.toLowerCase().startsWith('on'), `${name} on <${element.tagName}>`).toBe(false);
      expect(name).not.toMatch(/href|^style$|^src$/i);
      // The only reference is the arrow marker defined in the document itself.
      for (const [url] of value.matchAll(/url\([^)]*\)/g)) expect(url).toBe('url(#tm-arrow)');
      expect(value).not.toMatch(/javascript:|data:|https?:/i);
    }
    if (['title', 'desc', 'tspan'].includes(element.tagName)) {
      const text = element.textContent ?? '';
      expect(text).not.toMatch(BIDI);
      texts.push(text);
    }
  }
  return texts;
}

/** The fixture with every title, code and summary replaced by `text`. */
function withTexts(text: string): Curriculum {
  const c = fixtureCopy() as unknown as Record<string, unknown> & Curriculum;
  (c as { title: unknown }).title = { en: text };
  for (const level of c.levels) {
    Object.assign(level, { title: text, code: text.slice(0, 12) || 'L' });
    for (const module of level.modules) {
      Object.assign(module, { title: text });
      for (const topic of module.topics) Object.assign(topic, { title: text });
    }
  }
  return c;
}

const HOSTILE = [
  '<script>alert(1)</script>',
  ']]><script>alert(2)</script><![CDATA[',
  '"/><foreignObject><div xmlns="http://www.w3.org/1999/xhtml">x</div></foreignObject>',
  "' onload='alert(3)' x='",
  '<a xlink:href="javascript:alert(4)">click</a>',
  'Ctrl\u0000\u0001\u0008\u000b\u001f\u007fchars\ufffe\uffff',
  'lone \ud800 surrogate \udc00 halves',
  'RTL \u202egnp.exe\u202c and \u2067isolate\u2069',
  '&amp; &lt; &#x3c; <!-- comment --> <?pi x?>',
  '<!DOCTYPE svg [<!ENTITY x "boom">]>&x;',
];

describe('toSvg is safe to publish', () => {
  it.each(HOSTILE)('keeps %j as text, never as markup', (hostile) => {
    const svg = toSvg(withTexts(hostile));
    const texts = expectSafe(svg);
    // What is left of the title once characters XML cannot carry are dropped shows as text.
    const visible = [...hostile].filter((char) => !dropped(char.codePointAt(0) as number)).join('');
    expect(texts).toContain(visible);
  });

  test.prop([fc.string({ unit: 'binary', minLength: 1, maxLength: 40 })], { numRuns: 200 })(
    'parses as XML and follows the rules for any title',
    (title) => {
      expectSafe(toSvg(withTexts(title), { theme: 'dark' }));
    },
  );

  it('is a standalone document with a title, a description and the language of its texts', () => {
    for (const locale of ['en', 'zh-CN'] as const) {
      const doc = parse(toSvg(llmEngineer, { locale }));
      const root = doc.documentElement as Element;
      expect(root.getAttribute('lang')).toBe(locale);
      expect(root.getAttribute('xml:lang')).toBe(locale);
      expect(root.getAttribute('viewBox')).toMatch(/^0 0 \d+(\.\d+)? \d+(\.\d+)?$/);
      const title = doc.getElementsByTagName('title')[0];
      expect(title?.textContent).toBe(
        locale === 'en'
          ? 'LLM engineer roadmap'
          : (llmEngineer.title as Record<string, string>)['zh-CN'],
      );
      expect(root.getAttribute('aria-labelledby')).toBe(title?.getAttribute('id'));
      const desc = doc.getElementsByTagName('desc')[0];
      expect(desc?.getAttribute('lang')).toBe(locale);
      expect(desc?.textContent).toContain(String(indexTopics(llmEngineer).size));
      // Each topic is a group with its title, and its text lines as real text.
      expect(root.getElementsByTagName('text').length).toBeGreaterThan(62);
    }
  });

  it('gives the language the texts are in when another is asked for', () => {
    const langOf = (locale: string) =>
      (parse(toSvg(llmEngineer, { locale })).documentElement as Element).getAttribute('lang');
    expect(langOf('zh-TW')).toBe('zh-CN');
    expect(langOf('en-GB')).toBe('en');
    expect(langOf('fr')).toBe(llmEngineer.defaultLocale);
  });

  it("uses the design tokens' colours and font stack for each theme", () => {
    for (const theme of ['light', 'dark'] as const) {
      const svg = toSvg(llmEngineer, { theme });
      const palette = tokens.color[theme];
      const root = parse(svg).documentElement as Element;
      expect(root.getAttribute('font-family')).toBe(tokens.font.family.sans);
      expect(svg).toContain(`<rect width="100%" height="100%" fill="${palette.bg}"/>`);
      expect(svg).toContain(`fill="${palette.surface}" stroke="${palette.borderStrong}"`);
      expect(svg).toContain(`fill="${palette.level[1]}"`);
      const other = tokens.color[theme === 'light' ? 'dark' : 'light'];
      expect(svg).not.toContain(other.bg);
    }
    expect(tokens.font.family.sans).toMatch(/Noto Sans CJK SC.*|PingFang SC/);
  });
});

describe('toSvg with progress', () => {
  const ids = llmEngineer.levels.flatMap((l) =>
    l.modules.flatMap((m) => m.topics.map((t) => t.id)),
  );
  const progress: Progress = {
    curriculumId: llmEngineer.id,
    schemaVersion: 1,
    topics: {
      [ids[0] as string]: { status: 'done', updatedAt: '2026-01-01' },
      [ids[1] as string]: { status: 'in-progress', updatedAt: '2026-01-01' },
      [ids[2] as string]: { status: 'skipped', updatedAt: '2026-01-01' },
    },
  };

  /** The markup of a topic's box with every colour blanked out. */
  function shapeOf(svg: string, id: string): string {
    const group = new RegExp(`<g data-topic="${id}"[^>]*>.*?</g>`).exec(svg)?.[0] ?? '';
    return group
      .replace(/#[0-9a-f]{6}/gi, '#')
      .replace(/<title>.*?<\/title>|<text.*?<\/text>/g, '')
      .replace(/data-(topic|status)="[^"]*"/g, '');
  }

  it('draws each status with its own mark and outline, not by colour alone', () => {
    const svg = toSvg(llmEngineer, { progress });
    const shapes = [ids[0], ids[1], ids[2], ids[3]].map((id) => shapeOf(svg, id as string));
    expect(new Set(shapes).size).toBe(4);
    expect(svg).toContain(`data-topic="${ids[0]}" data-status="done"`);
    expect(svg).toContain(`data-topic="${ids[3]}" data-status="not-started"`);
  });

  it("names the status in each topic's title and explains every mark in the legend", () => {
    for (const locale of ['en', 'zh-CN'] as const) {
      const svg = toSvg(llmEngineer, { progress, locale });
      const labels = SVG_LABELS[locale];
      const doc = parse(svg);
      const titles = [...doc.getElementsByTagName('title')].map((t) => t.textContent ?? '');
      expect(titles.some((t) => t.endsWith(`${labels.separator}${labels.status.done}`))).toBe(true);
      const spans = [...doc.getElementsByTagName('tspan')].map((t) => t.textContent);
      for (const word of Object.values(labels.status)) expect(spans).toContain(word);
      expect(spans).toContain(labels.optional);
    }
  });

  it('ignores progress of another curriculum', () => {
    const other = { ...progress, curriculumId: 'another' };
    expect(toSvg(llmEngineer, { progress: other })).not.toContain('data-status="done"');
  });
});

describe('toSvg and layoutRoadmap options', () => {
  it('reject an unknown level, theme or direction with a message naming the right values', () => {
    expect(() => toSvg(llmEngineer, { level: 'l9' })).toThrow(
      /"l9" is not in the curriculum; its levels are "l1", "l2"/,
    );
    expect(() => toSvg(llmEngineer, { theme: 'blue' as 'dark' })).toThrow(
      /theme must be "light" or "dark"; got "blue"/,
    );
    expect(() => toSvg(llmEngineer, { direction: 'up' as 'down' })).toThrow(
      /direction must be "down" or "right"; got "up"/,
    );
  });
});
