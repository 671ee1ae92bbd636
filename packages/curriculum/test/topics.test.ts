import { describe, expect, it } from 'vitest';
import { indexTopics, levelHours } from '../src/index.js';
import { FIXTURE_TOPIC_IDS, fixture, fixtureCopy } from './fixture.js';

describe('indexTopics', () => {
  it('indexes every topic in document order with where it sits', () => {
    const c = fixture();
    const index = indexTopics(c);
    expect([...index.keys()]).toEqual(FIXTURE_TOPIC_IDS);
    const dom = index.get('dom');
    expect(dom?.topic).toBe(c.levels[1]?.modules[0]?.topics[1]);
    expect(dom?.module).toBe(c.levels[1]?.modules[0]);
    expect(dom?.level).toBe(c.levels[1]);
    expect([dom?.levelIndex, dom?.moduleIndex, dom?.topicIndex]).toEqual([1, 0, 1]);
    expect(index.get('nope')).toBeUndefined();
  });

  it('returns a new map each call, so changing one changes nothing else', () => {
    const c = fixture();
    const first = indexTopics(c);
    first.delete('html');
    expect(indexTopics(c).has('html')).toBe(true);
    expect(indexTopics(c)).not.toBe(indexTopics(c));
  });

  it('keeps the first of two topics with the same id (only in unparsed data)', () => {
    const c = fixtureCopy();
    const twin = { ...c.levels[1]?.modules[0]?.topics[0], id: 'html' };
    c.levels[1]?.modules[0]?.topics.push(twin as never);
    expect(indexTopics({ ...c, levels: [...c.levels] }).get('html')?.levelIndex).toBe(0);
  });
});

describe('levelHours', () => {
  it('sums the hours of every topic, optional ones included', () => {
    const [l1, l2] = fixture().levels;
    expect(levelHours(l1 as never)).toBe(10);
    expect(levelHours(l2 as never)).toBe(26);
  });

  it('uses the level estimate when there is one', () => {
    expect(levelHours(fixture().levels[2] as never)).toBe(20);
  });
});
