import type { CurriculumInput } from '@trailmark/curriculum';

/** Options of {@link generateCurriculum}. */
export interface GenerateOptions {
  /** @default 5 */
  levels?: number;
  /** Topics in total, spread evenly over the levels. @default 1000 */
  topics?: number;
  /** Topics per module. @default 10 */
  topicsPerModule?: number;
}

const words = [
  'retrieval',
  'evaluation',
  'tokenization',
  'fine-tuning',
  'inference',
  'attention',
  'embeddings',
  'agents',
  'guardrails',
  'quantization',
  'distillation',
  'serving',
];

/**
 * A large valid curriculum (English and Chinese titles of realistic length, a prerequisite chain
 * inside each module) for performance stories and benchmarks. Deterministic.
 */
export function generateCurriculum(options: GenerateOptions = {}): CurriculumInput {
  const levelCount = options.levels ?? 5;
  const total = options.topics ?? 1000;
  const perModule = options.topicsPerModule ?? 10;
  let made = 0;
  const levels = Array.from({ length: levelCount }, (_, l) => {
    const inLevel = Math.floor(total / levelCount) + (l < total % levelCount ? 1 : 0);
    const modules = [];
    for (let m = 0; m * perModule < inLevel; m++) {
      const count = Math.min(perModule, inLevel - m * perModule);
      const topics = Array.from({ length: count }, (_, t) => {
        const n = made++;
        const word = words[n % words.length] as string;
        return {
          id: `topic-${n}`,
          title: {
            en: `Practical ${word} for production systems, part ${n + 1}`,
            'zh-CN': `面向生产系统的 ${word} 实践（第 ${n + 1} 部分）`,
          },
          summary: {
            en: `What ${word} is, when it matters and how to apply it in a real project.`,
            'zh-CN': `${word} 是什么、何时重要、如何在真实项目中应用。`,
          },
          kind: (['concept', 'practice', 'project'] as const)[n % 3] as 'concept',
          estimatedHours: 1 + (n % 7),
          prerequisites: t > 0 ? [`topic-${n - 1}`] : [],
          optional: n % 11 === 10,
        };
      });
      modules.push({
        id: `module-${l + 1}-${m + 1}`,
        title: { en: `Module ${l + 1}.${m + 1}`, 'zh-CN': `模块 ${l + 1}.${m + 1}` },
        summary: { en: 'Generated module.', 'zh-CN': '生成的模块。' },
        topics,
      });
    }
    return {
      id: `level-${l + 1}`,
      code: `L${l + 1}`,
      title: { en: `Level ${l + 1}`, 'zh-CN': `第 ${l + 1} 阶段` },
      summary: { en: 'Generated level.', 'zh-CN': '生成的阶段。' },
      modules,
    };
  });
  return {
    schemaVersion: 1,
    id: 'generated-roadmap',
    version: '1.0.0',
    title: { en: 'Generated roadmap', 'zh-CN': '生成的路线图' },
    summary: { en: `${total} generated topics.`, 'zh-CN': `${total} 个生成的主题。` },
    defaultLocale: 'en',
    locales: ['en', 'zh-CN'],
    levels,
  };
}
