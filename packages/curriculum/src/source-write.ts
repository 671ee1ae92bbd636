/**
 * Writing a curriculum back to text an author edits: the inverse of `readSource`, used by
 * `trailmark init --from` and the playground's "start from a built-in roadmap".
 */
import { stringify } from 'yaml';
import { RESOURCE_KINDS, SKILL_CATEGORIES, TOPIC_KINDS } from './schema.js';
import type { SourceFormat } from './source-text.js';

/** Options of {@link writeSource}. */
export interface WriteSourceOptions {
  /**
   * The JSON Schema reference editors follow (a path relative to the file, or a URL): a
   * `"$schema"` key in JSON, a `yaml-language-server` comment in YAML. Left out when not given.
   */
  schema?: string;
}

/**
 * The comments at the top of a YAML document: the format in a few lines, for someone who has
 * never read its documentation. A function, not a constant, so that bundles which never write
 * YAML drop it along with the value lists and zod.
 */
function yamlHeader(): string[] {
  return [
    'A Trailmark curriculum. Change it into your own roadmap: start with id, version and title.',
    'Shape: levels (stages such as L1, L2) hold modules; modules hold topics, one thing to learn each.',
    'Ids are lowercase words joined by hyphens (transformer-basics), unique among their kind.',
    "A topic's prerequisites list topic ids; skills list ids from skills: below; a level's roles list ids from roles:.",
    'Text is a plain string in defaultLocale, or a map of language tag to text (en: …, zh-CN: …).',
    `A topic's kind is ${TOPIC_KINDS.join(', ')}; a resource's kind is ${RESOURCE_KINDS.join(', ')};`,
    `a skill's category is ${SKILL_CATEGORIES.join(', ')}. Links must start with https:// or http://.`,
    'Check it with "trailmark validate <file>", or paste it into the Trailmark playground.',
  ];
}

/** Drops what parsing filled in (empty lists, `optional: false`) so the text shows what was written. */
function authored(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(authored);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    if ((Array.isArray(item) && item.length === 0) || (key === 'optional' && item === false)) {
      continue;
    }
    out[key] = authored(item);
  }
  return out;
}

/**
 * A curriculum (parsed or as authored) as the text of a `.json` or `.yaml` file to edit: defaults
 * left out, `$schema` first when `options.schema` is given, and in YAML comments at the top that
 * explain the format. Reading the text back with `readSource` and `parseCurriculum` gives the same
 * curriculum.
 * @example writeSource(llmEngineer, 'yaml', { schema: './schema.json' }).split('\n')[0]
 * // '# yaml-language-server: $schema=./schema.json'
 */
export function writeSource(
  curriculum: object,
  format: SourceFormat,
  options: WriteSourceOptions = {},
): string {
  const { $schema: _ignored, ...rest } = authored(curriculum) as Record<string, unknown>;
  if (format === 'json') {
    const document = options.schema === undefined ? rest : { $schema: options.schema, ...rest };
    return `${JSON.stringify(document, null, 2)}\n`;
  }
  const lines = yamlHeader().map((line) => `# ${line}`);
  if (options.schema !== undefined) {
    lines.unshift(`# yaml-language-server: $schema=${options.schema}`);
  }
  return `${lines.join('\n')}\n\n${stringify(rest, { lineWidth: 0, aliasDuplicateObjects: false })}`;
}
