/**
 * The built-in LLM engineer roadmap as a YAML document to change into one's own. Loaded when the
 * reader forks it (with the YAML writer), not with the page.
 */
import { llmEngineer } from '@trailmark/curriculum/roadmaps/llm-engineer';
import { writeSource } from '@trailmark/curriculum/source';

/** The roadmap in YAML, with comments on the format at the top (no `$schema`: the editor has it). */
export function roadmapAsYaml(): string {
  return writeSource(llmEngineer, 'yaml');
}
