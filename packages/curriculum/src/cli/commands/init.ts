/**
 * `trailmark init [file]`: writes a starter curriculum wired to the JSON Schema for editors.
 */
import { existsSync } from 'node:fs';
import { dirname, extname, isAbsolute, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getRoadmap, ROADMAP_IDS } from '../../roadmaps/index.js';
import { writeSource } from '../../source-write.js';
import { defineCommand } from '../command.js';
import { CliError, EXIT } from '../errors.js';
import { writeTextFile } from '../output-file.js';
import { renderStarter, SCHEMA_FROM_PROJECT_ROOT } from '../starter.js';

const DEFAULT_FILE = 'curriculum.json';

/**
 * Whether a file in `folder` can point at `schema`, the schema beside the running CLI: it exists,
 * and it is not in the node_modules of another folder (npx's cache, a global install), which the
 * project does not own. A schema outside any node_modules (a linked checkout) counts as usable.
 */
function usable(schema: string, folder: string): boolean {
  const modules = schema.indexOf(`${sep}node_modules${sep}`);
  const owner = modules === -1 ? folder : schema.slice(0, modules);
  const inside = relative(owner, folder);
  return existsSync(schema) && !inside.startsWith('..') && !isAbsolute(inside);
}

/**
 * The schema path as written in a file at `target`: relative to its folder, with forward slashes.
 * It points at the schema installed with this CLI when the file can use that one, else at
 * `node_modules/…` of the working directory.
 */
function schemaPathFor(target: string, cwd: string, installed: URL): string {
  const folder = dirname(target);
  let schema = resolve(cwd, SCHEMA_FROM_PROJECT_ROOT);
  try {
    const beside = fileURLToPath(installed);
    if (usable(beside, folder)) schema = beside;
  } catch {
    // Not a file: URL; the default path stands.
  }
  const path = relative(folder, schema).split(sep).join('/');
  return path.startsWith('.') ? path : `./${path}`;
}

export const init = defineCommand(
  {
    name: 'init',
    summary: `write a starter curriculum, or a built-in roadmap to edit (default ${DEFAULT_FILE})`,
    usage: '[file]',
    description: [
      `Writes a small, valid curriculum to start from: ${DEFAULT_FILE}, or the file named.`,
      'A .yaml or .yml name writes YAML, any other .json name JSON. The file points editors at',
      'the JSON Schema installed with trailmark, by a path relative to the file ("$schema" in',
      'JSON, a yaml-language-server comment in YAML), for completion and checks as you type.',
      '',
      `--from <id> writes a built-in roadmap instead (${ROADMAP_IDS.join(', ')}), whole, to change`,
      'into your own; in YAML it starts with comments that explain the format.',
      '',
      'An existing file is never overwritten unless --force is given (exit code 2).',
    ].join('\n'),
    options: {
      force: { type: 'boolean', description: 'overwrite the file if it exists' },
      from: {
        type: 'string',
        value: 'roadmap',
        choices: ROADMAP_IDS,
        description: 'start from a built-in roadmap rather than the small starter',
      },
    },
    positionals: { min: 0, max: 1 },
    examples: [
      'trailmark init',
      'trailmark init roadmap.yaml',
      'trailmark init --from llm-engineer my-roadmap.yaml',
      'trailmark init docs/roadmap.json --force',
    ],
  },
  async ({ values, positionals }, context) => {
    const file = positionals[0] ?? DEFAULT_FILE;
    const extension = extname(file).toLowerCase();
    if (!['.json', '.yaml', '.yml'].includes(extension)) {
      throw new CliError(
        `cannot tell the format of ${JSON.stringify(file)}; name it .json, .yaml or .yml`,
        {
          help: 'see "trailmark init --help"',
        },
      );
    }
    const target = resolve(context.cwd, file);
    const format = extension === '.json' ? 'json' : 'yaml';
    const schema = schemaPathFor(target, context.cwd, context.assets.schema);
    // --from is limited to ROADMAP_IDS by its choices, so a roadmap is always found.
    const roadmap = values.from === undefined ? undefined : await getRoadmap(values.from);
    const text = roadmap ? writeSource(roadmap, format, { schema }) : renderStarter(format, schema);
    await writeTextFile(file, text, context, { overwrite: values.force === true });
    // npx finds a local install as well as none; a bare `trailmark` is only on PATH when global.
    const argument = /^[\w./-]+$/.test(file) ? file : JSON.stringify(file);
    context.stdout.write(
      `Wrote ${file}. Edit it, then check it with: npx trailmark validate ${argument}\n`,
    );
    return EXIT.ok;
  },
);
