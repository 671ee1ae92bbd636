/**
 * The built-in LLM engineer roadmap: L1–L4 plus an optional "ceiling" level, in Simplified Chinese
 * and English. Written in `source/llm-engineer.ts`; the build parses and checks it
 * (`scripts/generate-roadmaps.js`) and this module ships the result, so importing it costs a
 * `JSON.parse`, not a second validation in every browser.
 */
import { builtInCurriculum } from '../parse.js';
import type { Curriculum } from '../schema.js';
import json from './parsed/llm-engineer.js';

/**
 * The LLM engineer roadmap, parsed (defaults applied, deep-frozen) and checked when the package was
 * built. `parseCurriculum` returns it as is, so a `CurriculumProvider` given it does not check it
 * again; a copy of it is checked like any other data.
 * @example
 * import { llmEngineer } from '@trailmark/curriculum/roadmaps/llm-engineer';
 * llmEngineer.levels.map((level) => level.code); // ['L1', 'L2', 'L3', 'L4', '★']
 */
export const llmEngineer: Curriculum = builtInCurriculum(json);

export default llmEngineer;
