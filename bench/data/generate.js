// @ts-check
// The one data set every subject renders: a seeded, bilingual 5-level roadmap of 1,000 topics.
// Plain JS with JSDoc, so the Node harness and the Vite pages import the same file.

import { seededRandom } from '../../packages/curriculum/bench/random.js';

const VERBS = [
  'Understanding',
  'Building',
  'Evaluating',
  'Debugging',
  'Deploying',
  'Scaling',
  'Designing',
  'Monitoring',
  'Securing',
  'Optimizing',
];
const SUBJECTS = [
  'tokenizers',
  'attention layers',
  'embedding models',
  'retrieval pipelines',
  'prompt templates',
  'tool-calling agents',
  'vector indexes',
  'LoRA fine-tuning',
  'evaluation harnesses',
  'inference servers',
  'KV caches',
  'guardrails',
  'quantized models',
  'structured output',
  'chunking strategies',
  'rerankers',
];
const QUALIFIERS = [
  '',
  'in production',
  'with open-weight models',
  'for long documents',
  'under a latency budget',
  'on a single GPU',
  'with offline metrics',
  'for multilingual users',
  'at scale',
];
const ZH = '模型词元注意力向量检索提示智能体微调推理数据集评估流水线上下文嵌入服务缓存部署量化安全';
const KINDS = /** @type {const} */ (['concept', 'practice', 'project']);

/** @typedef {{ en: string, 'zh-CN': string }} Text */

/**
 * The benchmark roadmap. Titles run 2–9 words (about 20–60 characters, like real roadmap topics),
 * topics come in modules of 10 with a prerequisite chain inside each module, about one in three
 * topics has a resource, and every text is in English and Chinese.
 * @param {{ topics?: number, levels?: number, seed?: number }} [options]
 */
export function generateRoadmap({ topics = 1000, levels = 5, seed = 20261129 } = {}) {
  const next = seededRandom(seed);
  /** @template T @param {readonly T[]} list @returns {T} */
  const pick = (list) => /** @type {T} */ (list[Math.floor(next() * list.length)]);
  /** @param {number} n */
  const hanzi = (n) => Array.from({ length: n }, () => pick([...ZH])).join('');
  /** @param {string} en @returns {Text} */
  const text = (en) => ({ en, 'zh-CN': hanzi(Math.max(4, Math.round(en.length / 3))) });
  const title = () => [pick(VERBS), pick(SUBJECTS), pick(QUALIFIERS)].join(' ').trim();
  const sentence = () =>
    `${title()}: what it is, when it matters and how to apply it in a real project.`;

  let made = 0;
  const perLevel = Math.ceil(topics / levels);
  const levelList = Array.from({ length: levels }, (_, l) => {
    const inLevel = Math.min(perLevel, topics - l * perLevel);
    const modules = [];
    for (let m = 0; m * 10 < inLevel; m++) {
      const count = Math.min(10, inLevel - m * 10);
      modules.push({
        id: `module-${l + 1}-${m + 1}`,
        title: text(title()),
        summary: text(sentence()),
        topics: Array.from({ length: count }, (_, t) => {
          const n = made++;
          return {
            id: `topic-${n}`,
            title: text(title()),
            summary: text(sentence()),
            kind: pick(KINDS),
            estimatedHours: 1 + Math.floor(next() * 8),
            prerequisites: t > 0 ? [`topic-${n - 1}`] : [],
            resources:
              next() < 0.33
                ? [
                    {
                      title: text(title()),
                      url: `https://example.org/docs/topic-${n}`,
                      kind: 'docs',
                      free: true,
                    },
                  ]
                : [],
            optional: next() < 0.08,
          };
        }),
      });
    }
    return {
      id: `level-${l + 1}`,
      code: `L${l + 1}`,
      title: text(`${pick(VERBS)} ${pick(SUBJECTS)}`),
      summary: text(sentence()),
      outcomes: [text(sentence()), text(sentence())],
      modules,
    };
  });
  return {
    schemaVersion: 1,
    id: 'bench-roadmap',
    version: '1.0.0',
    title: text('Benchmark roadmap'),
    summary: text(`${topics} generated topics in ${levels} levels.`),
    defaultLocale: 'en',
    locales: ['en', 'zh-CN'],
    levels: levelList,
    skills: [],
    roles: [],
  };
}

/** @typedef {ReturnType<typeof generateRoadmap>} Roadmap */
