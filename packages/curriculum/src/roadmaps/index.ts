/**
 * `@trailmark/curriculum/roadmaps`: the built-in roadmaps by id. What `listRoadmaps` says of each
 * is taken from its data when the package is built (`parsed/info.ts`), so listing roadmaps never
 * loads their data. The data itself is imported lazily, so bundlers put each roadmap in its own
 * chunk.
 */
import type { Curriculum, LocalizedText } from '../schema.js';
import infoJson from './parsed/info.js';

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
  // Read afresh on each call: the caller owns what it gets.
  const infos = JSON.parse(infoJson) as Record<RoadmapId, RoadmapInfo>;
  return ROADMAP_IDS.map((id) => infos[id]);
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
