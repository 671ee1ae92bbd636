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
