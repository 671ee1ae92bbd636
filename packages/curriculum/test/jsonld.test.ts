import { describe, expect, it } from 'vitest';
import { toJsonLd } from '../src/index.js';
import { fixture, fixtureCopy } from './fixture.js';

type Node = Record<string, unknown>;
const items = (ld: Node) => ld.itemListElement as Node[];
const course = (ld: Node, i: number) => items(ld)[i]?.item as Node;

describe('toJsonLd', () => {
  const c = fixture();

  it('is a schema.org ItemList of Courses with positions from 1', () => {
    const ld = toJsonLd(c);
    expect(ld['@context']).toBe('https://schema.org');
    expect(ld['@type']).toBe('ItemList');
    expect(ld.numberOfItems).toBe(3);
    expect(
      items(ld).map((item) => [item['@type'], item.position, (item.item as Node)['@type']]),
    ).toEqual([
      ['ListItem', 1, 'Course'],
      ['ListItem', 2, 'Course'],
      ['ListItem', 3, 'Course'],
    ]);
  });

  it('survives JSON.stringify unchanged: no undefined, functions or NaN', () => {
    const ld = toJsonLd(c, { url: 'https://example.org/roadmap' });
    expect(JSON.parse(JSON.stringify(ld))).toStrictEqual(ld);
  });

  it('describes each level as a course', () => {
    const ld = toJsonLd(c, { url: 'https://example.org/roadmap' });
    expect(ld).toMatchObject({
      name: 'Web basics',
      description: 'From HTML to a deployed app.',
      url: 'https://example.org/roadmap',
      inLanguage: 'en',
    });
    expect(course(ld, 0)).toStrictEqual({
      '@type': 'Course',
      name: 'Foundations',
      description: 'Structure and style.',
      url: 'https://example.org/roadmap#l1',
      educationalLevel: 'L1',
      timeRequired: 'PT10H',
      inLanguage: 'en',
      teaches: ['Write a page by hand'],
      isAccessibleForFree: true,
      provider: [{ '@type': 'Organization', name: 'Web Team', url: 'https://example.org/team' }],
    });
  });

  it('falls back to skill names for teaches, and leaves out what is unknown', () => {
    const ld = toJsonLd(c);
    const l2 = course(ld, 1);
    expect(l2.teaches).toBeUndefined();
    expect(l2).not.toHaveProperty('isAccessibleForFree');
    expect(l2).not.toHaveProperty('url');
    expect(course(ld, 2).isAccessibleForFree).toBe(false);
    expect(course(ld, 2).timeRequired).toBe('PT20H');
    const withSkills = fixtureCopy();
    (withSkills.levels[1] as { skills: string[] }).skills = ['scripting', 'markup'];
    expect(course(toJsonLd(withSkills, { locale: 'zh-CN' }), 1).teaches).toEqual([
      'Scripting',
      '标记',
    ]);
  });

  it('writes texts in the locale asked for', () => {
    const ld = toJsonLd(c, { locale: 'zh-CN' });
    expect(ld.name).toBe('网页基础');
    expect(ld.inLanguage).toBe('zh-CN');
    expect(course(ld, 0).name).toBe('基础');
    expect(course(ld, 1).name).toBe('Interactivity');
  });

  it.each([
    ['zh', 'zh-CN', '网页基础'],
    ['ZH-cn', 'zh-CN', '网页基础'],
    ['zh-Hant-TW', 'zh-CN', '网页基础'],
    ['EN', 'en', 'Web basics'],
    ['fr', 'en', 'Web basics'],
    ['', 'en', 'Web basics'],
  ])('given locale %j, names the locale of its texts, %s', (asked, used, name) => {
    const ld = toJsonLd(c, { locale: asked });
    expect([ld.inLanguage, ld.name]).toEqual([used, name]);
    expect(course(ld, 0).inLanguage).toBe(used);
  });

  it('gives each level the page URL with its id as the fragment, keeping the query', () => {
    const ld = toJsonLd(c, { url: 'https://example.org/r?lang=en#top' });
    expect(ld.url).toBe('https://example.org/r?lang=en#top');
    expect(items(ld).map((item) => (item.item as Node).url)).toEqual([
      'https://example.org/r?lang=en#l1',
      'https://example.org/r?lang=en#l2',
      'https://example.org/r?lang=en#l3',
    ]);
  });

  it.each([
    'javascript:alert(1)',
    'data:text/html,hi',
    '/roadmap',
    '//example.org/roadmap',
    'https://good.example@evil.example/',
    'https://exa mple.org/',
  ])('throws a TypeError for the page URL %j, which is not an absolute http(s) URL', (url) => {
    expect(() => toJsonLd(c, { url })).toThrow(
      new TypeError(
        `toJsonLd: options.url must be an absolute http(s) URL (see isSafeHttpUrl), got ${JSON.stringify(url)}`,
      ),
    );
  });

  it('treats an empty page URL as none', () => {
    const ld = toJsonLd(c, { url: '' });
    expect(ld).not.toHaveProperty('url');
    expect(course(ld, 0)).not.toHaveProperty('url');
  });

  it('writes fractional hours as an ISO 8601 duration', () => {
    const c2 = fixtureCopy();
    (c2.levels[2] as { estimatedHours?: number }).estimatedHours = 2.5;
    expect(course(toJsonLd(c2), 2).timeRequired).toBe('PT2.5H');
  });

  it('leaves provider out when there are no authors', () => {
    const { authors: _, ...anonymous } = fixture();
    expect(course(toJsonLd(anonymous), 0)).not.toHaveProperty('provider');
  });
});
