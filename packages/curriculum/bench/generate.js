// Generated curricula for the benchmarks: `topicCount` topics in 5 levels of modules of 10 topics,
// texts in English and Chinese, up to three prerequisites each among the 50 topics before.

import { seededRandom } from './random.js';

const WORDS =
  'model token attention vector retrieval prompt agent graph tuning inference dataset evaluation pipeline memory context embedding serving cache'.split(
    ' ',
  );
const HANZI = '模型词元注意力向量检索提示智能体图微调推理数据集评估流水线记忆上下文嵌入服务缓存';

/** A curriculum of `topicCount` topics in 5 levels of modules of 10 topics, texts in two languages. */
export function generate(topicCount) {
  // Seeded by the size, so every run parses the same documents.
  const next = seededRandom(topicCount);
  const pick = (list) => list[Math.floor(next() * list.length)];
  const words = (n) => Array.from({ length: n }, () => pick(WORDS)).join(' ');
  const hanzi = (n) => Array.from({ length: n }, () => pick(HANZI)).join('');
  const text = (n) => ({ en: words(n), 'zh-CN': hanzi(n * 2) });
  const skills = Array.from({ length: 20 }, (_, i) => ({
    id: `skill-${i}`,
    name: text(2),
    category: 'knowledge',
  }));
  const ids = [];
  const levels = Array.from({ length: 5 }, (_, l) => ({
    id: `level-${l}`,
    code: `L${l + 1}`,
    title: text(4),
    summary: text(25),
    outcomes: [text(10), text(10)],
    skills: [pick(skills).id],
    modules: [],
  }));
  const perLevel = Math.ceil(topicCount / 5);
  for (let t = 0; t < topicCount; t++) {
    const level = levels[Math.floor(t / perLevel)];
    if (t % 10 === 0) {
      level.modules.push({ id: `module-${t / 10}`, title: text(3), summary: text(20), topics: [] });
    }
    const id = `topic-${t}`;
    // Up to three prerequisites among the 50 topics before: realistic, and always acyclic.
    const prerequisites = [
      ...new Set(
        Array.from(
          { length: Math.floor(next() * 4) },
          () => ids[Math.max(0, ids.length - 1 - Math.floor(next() * 50))],
        ).filter(Boolean),
      ),
    ];
    ids.push(id);
    level.modules.at(-1).topics.push({
      id,
      title: text(5),
      summary: text(30),
      kind: pick(['concept', 'practice', 'project']),
      estimatedHours: 1 + Math.floor(next() * 12),
      prerequisites,
      skills: [pick(skills).id],
      resources: Array.from({ length: Math.floor(next() * 3) }, (_, r) => ({
        title: text(6),
        url: `https://example.org/${id}/resource-${r}?lang=en`,
        kind: 'docs',
        free: true,
      })),
    });
  }
  return {
    schemaVersion: 1,
    id: 'bench',
    version: '1.0.0',
    title: text(3),
    summary: text(30),
    defaultLocale: 'en',
    locales: ['en', 'zh-CN'],
    levels,
    skills,
    roles: [],
  };
}
