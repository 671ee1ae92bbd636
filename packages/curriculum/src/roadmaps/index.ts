/**
 * `@trailmark/curriculum/roadmaps`: the built-in roadmaps by id. The metadata here is written out
 * by hand so that listing roadmaps never loads their data; a test keeps it in sync with the data.
 * The data itself is imported lazily, so bundlers put each roadmap in its own chunk.
 */
import type { Curriculum, LocalizedText } from '../schema.js';

/** The ids of the built-in roadmaps, in the order {@link listRoadmaps} returns them. */
export const ROADMAP_IDS = ['llm-engineer'] as const;

/** The id of a built-in roadmap. */
export type RoadmapId = (typeof ROADMAP_IDS)[number];

/** What a roadmap picker needs to show a built-in roadmap without loading it. */
export interface RoadmapInfo {
  /** The curriculum id, also the key for {@link getRoadmap}. */
  id: RoadmapId;
  /** The curriculum title, in every locale it is written in. */
  title: LocalizedText;
  /** The curriculum summary, in every locale it is written in. */
  summary: LocalizedText;
  /** The locale every text has. */
  defaultLocale: string;
  /** Every locale the texts are written in. */
  locales: string[];
  /** Number of levels, optional ones included. */
  levels: number;
  /** Number of topics in all levels, optional ones included. */
  topics: number;
}

const ROADMAPS: Record<RoadmapId, RoadmapInfo> = {
  'llm-engineer': {
    id: 'llm-engineer',
    title: { 'zh-CN': 'AI 大模型工程师学习路线', en: 'LLM engineer roadmap' },
    summary: {
      'zh-CN':
        '一条从零走向大模型工程岗位的学习路线：从大模型的基本原理出发，经过 API 应用开发、应用架构，到微调与私有化部署，分 L1 到 L4 四个阶段循序渐进，学到 L4 足以胜任市面上大多数大模型岗位。之后的“天花板”阶段面向算法与研究方向，按需选修。各阶段学时均为按每周约 10 小时估算的参考值。',
      en: 'A study plan from first principles to an LLM engineering job: from how large language models work, through API application development and application architecture, to fine-tuning and private deployment, in four stages, L1 to L4. Reaching L4 prepares you for most LLM jobs on the market; the optional “ceiling” level beyond it is for those heading toward algorithms and research. All study hours are estimates at about 10 hours a week.',
    },
    defaultLocale: 'zh-CN',
    locales: ['zh-CN', 'en'],
    levels: 5,
    topics: 80,
  },
};

const LOADERS: Record<RoadmapId, () => Promise<Curriculum>> = {
  'llm-engineer': () => import('./llm-engineer.js').then((module) => module.llmEngineer),
};

// `Object.hasOwn` so that ids such as `constructor` or `__proto__` are not mistaken for roadmaps.
function isRoadmapId(id: unknown): id is RoadmapId {
  return typeof id === 'string' && Object.hasOwn(LOADERS, id);
}

/**
 * Lists the built-in roadmaps without loading their data. Each call returns fresh objects, so a
 * caller may change them freely.
 * @example
 * listRoadmaps().map((info) => info.id); // ['llm-engineer']
 */
export function listRoadmaps(): RoadmapInfo[] {
  return ROADMAP_IDS.map((id) => {
    const info = ROADMAPS[id];
    return {
      ...info,
      title: copyText(info.title),
      summary: copyText(info.summary),
      locales: [...info.locales],
    };
  });
}

function copyText(text: LocalizedText): LocalizedText {
  return typeof text === 'string' ? text : { ...text };
}

/**
 * Loads a built-in roadmap by id, already parsed. Resolves `undefined` for an id that is not a
 * built-in roadmap (any value, never a rejection); rejects only if the roadmap's chunk itself cannot
 * be loaded, such as a network failure in a browser.
 * @example
 * const roadmap = await getRoadmap('llm-engineer');
 * if (roadmap) render(roadmap);
 */
export async function getRoadmap(id: string): Promise<Curriculum | undefined> {
  if (!isRoadmapId(id)) return undefined;
  return LOADERS[id]();
}
