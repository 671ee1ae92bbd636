/**
 * Random valid curricula with random prerequisite DAGs, for the layout and SVG property tests.
 */
import { fc } from '@fast-check/vitest';
import { parseCurriculum } from '../src/index.js';
import type { Curriculum } from '../src/schema.js';

const WORDS = ['model', 'attention', 'retrieval', 'a', 'evaluation', 'of', 'tokenizer', 'RAG'];
const HANZI = [...'模型注意力检索评估微调，、数据'];

/** A title: English words, Chinese characters, or a long unbroken word, 1–120 characters. */
const title = fc.oneof(
  fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 14 }).map((w) => w.join(' ')),
  fc
    .array(fc.constantFrom(...HANZI), { minLength: 1, maxLength: 40 })
    .map((c) => `模${c.join('')}`),
  fc.string({ minLength: 1, maxLength: 60, unit: 'grapheme' }).filter((s) => /\S/.test(s)),
  fc.constant('Supercalifragilisticexpialidociousretrievalaugmentedgeneration'),
);

const localized = fc.record({ en: title, 'zh-CN': title });

/** A curriculum shape: topics per module per level, and for each topic picks of earlier topics. */
const shape = fc.array(fc.array(fc.integer({ min: 1, max: 6 }), { minLength: 1, maxLength: 4 }), {
  minLength: 1,
  maxLength: 4,
});

/** A valid curriculum (as `parseCurriculum` returns it) with a random prerequisite DAG. */
export const curriculumArbitrary: fc.Arbitrary<Curriculum> = shape
  .chain((levels) => {
    const total = levels.flat().reduce((sum, n) => sum + n, 0);
    return fc.record({
      levels: fc.constant(levels),
      titles: fc.array(localized, { minLength: total + 40, maxLength: total + 40 }),
      // For topic i, indexes into the topics before it (taken modulo i): always acyclic.
      picks: fc.array(fc.array(fc.nat(), { maxLength: 4 }), { minLength: total, maxLength: total }),
      codes: fc.array(fc.constantFrom('L1', '★', 'Level 12', 'L'), { minLength: 4, maxLength: 4 }),
      optional: fc.array(fc.boolean(), { minLength: total + 4, maxLength: total + 4 }),
    });
  })
  .map(({ levels, titles, picks, codes, optional }) => {
    let t = 0;
    let m = 0;
    const nextTitle = () => titles[(t + m * 7) % titles.length] as { en: string; 'zh-CN': string };
    const doc = {
      schemaVersion: 1,
      id: 'random',
      version: '1.0.0',
      title: { en: 'Random roadmap', 'zh-CN': '随机路线图' },
      summary: 'A generated roadmap.',
      defaultLocale: 'en',
      locales: ['en', 'zh-CN'],
      levels: levels.map((modules, l) => ({
        id: `level-${l}`,
        code: codes[l],
        title: nextTitle(),
        summary: 'Level.',
        optional: optional[l],
        modules: modules.map((count) => {
          m++;
          return {
            id: `module-${m}`,
            title: nextTitle(),
            summary: 'Module.',
            topics: Array.from({ length: count }, () => {
              const i = t++;
              const prerequisites =
                i === 0 ? [] : [...new Set((picks[i] ?? []).map((p) => `topic-${p % i}`))];
              return {
                id: `topic-${i}`,
                title: titles[i] as { en: string; 'zh-CN': string },
                summary: 'Topic.',
                kind: 'concept',
                estimatedHours: 1,
                prerequisites,
                optional: optional[i + 4],
              };
            }),
          };
        }),
      })),
      skills: [],
      roles: [],
    };
    const result = parseCurriculum(doc);
    if (!result.ok)
      throw new Error(`generated an invalid curriculum: ${result.issues[0]?.message}`);
    return result.value;
  });

/** A deep copy of `value` whose objects list their keys in another order (picked by `seed`). */
export function shuffleKeys<T>(value: T, seed: number): T {
  let state = seed | 0 || 1;
  const next = () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4294967296;
  };
  const copy = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(copy);
    if (v === null || typeof v !== 'object') return v;
    const keys = Object.keys(v);
    for (let i = keys.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [keys[i], keys[j]] = [keys[j] as string, keys[i] as string];
    }
    return Object.fromEntries(keys.map((k) => [k, copy((v as Record<string, unknown>)[k])]));
  };
  return copy(value) as T;
}
