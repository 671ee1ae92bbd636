import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexTopics } from '../topics.js';
import { getRoadmap, listRoadmaps, ROADMAP_IDS } from './index.js';
import { llmEngineer } from './llm-engineer.js';

describe('listRoadmaps', () => {
  it('lists every built-in roadmap id once, in ROADMAP_IDS order', () => {
    expect(listRoadmaps().map((info) => info.id)).toEqual([...ROADMAP_IDS]);
  });

  it.each(ROADMAP_IDS)('describes %s exactly as its data does', async (id) => {
    const info = listRoadmaps().find((candidate) => candidate.id === id);
    const roadmap = await getRoadmap(id);
    expect(roadmap?.id).toBe(id);
    if (!roadmap) return;
    expect(info).toEqual({
      id: roadmap.id,
      title: roadmap.title,
      summary: roadmap.summary,
      defaultLocale: roadmap.defaultLocale,
      locales: roadmap.locales,
      levels: roadmap.levels.length,
      topics: indexTopics(roadmap).size,
    });
  });

  it('returns copies that callers may change without affecting later calls', () => {
    const first = listRoadmaps();
    const before = structuredClone(first);
    for (const info of first) {
      info.levels = -1;
      info.locales.push('xx');
      if (typeof info.title !== 'string') info.title.en = 'changed';
    }
    expect(listRoadmaps()).toEqual(before);
  });
});

describe('getRoadmap', () => {
  it('resolves the parsed llm-engineer roadmap module', async () => {
    await expect(getRoadmap('llm-engineer')).resolves.toBe(llmEngineer);
  });

  it.each(['nope', '', 'LLM-ENGINEER', ' llm-engineer', '__proto__', 'constructor', 'toString'])(
    'resolves undefined for the unknown id %j',
    async (id) => {
      await expect(getRoadmap(id)).resolves.toBeUndefined();
    },
  );

  it('resolves undefined for any string that is not a built-in id', async () => {
    const known = new Set<string>(ROADMAP_IDS);
    await fc.assert(
      fc.asyncProperty(
        fc.string().filter((id) => !known.has(id)),
        async (id) => {
          expect(await getRoadmap(id)).toBeUndefined();
        },
      ),
    );
  });

  it('resolves undefined, without throwing, when called from JavaScript with a non-string', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.anything().filter((value) => typeof value !== 'string'),
        async (value) => {
          expect(await getRoadmap(value as string)).toBeUndefined();
        },
      ),
    );
  });
});
