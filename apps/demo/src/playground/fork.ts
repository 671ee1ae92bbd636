/**
 * The built-in LLM engineer roadmap as a YAML document to change into one's own. In the page's
 * chunk: the site bundles the roadmap anyway, and a chunk of its own would split the modules other
 * pages share into more files (more bytes for them).
 */
import { llmEngineer } from '@trailmark/curriculum/roadmaps/llm-engineer';
import { writeSource } from '@trailmark/curriculum/source';

/** The roadmap in YAML, with comments on the format at the top (no `$schema`: the editor has it). */
export function roadmapAsYaml(): string {
  return writeSource(llmEngineer, 'yaml');
}
