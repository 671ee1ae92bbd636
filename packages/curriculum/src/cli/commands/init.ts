/**
 * `trailmark init [file]`: writes a starter curriculum wired to the JSON Schema for editors.
 */
import { dirname, extname, relative, resolve, sep } from 'node:path';
import { defineCommand } from '../command.js';
import { CliError, EXIT } from '../errors.js';
import { writeTextFile } from '../output-file.js';
import { renderStarter, SCHEMA_FROM_PROJECT_ROOT } from '../starter.js';

const DEFAULT_FILE = 'curriculum.json';

/** The schema path as written in `file`: relative to it, with forward slashes. */
function schemaPathFor(target: string, cwd: string): string {
  const path = relative(dirname(target), resolve(cwd, SCHEMA_FROM_PROJECT_ROOT))
    .split(sep)
    .join('/');
  return path.startsWith('.') ? path : `./${path}`;
}

export const init = defineCommand(
  {
    name: 'init',
    summary: `write a starter curriculum (default ${DEFAULT_FILE})`,
    usage: '[file]',
    description: [
      `Writes a small, valid curriculum to start from: ${DEFAULT_FILE}, or the file named.`,
      'A .yaml or .yml name writes YAML, any other .json name JSON. The file points editors at',
      `the JSON Schema in ./${SCHEMA_FROM_PROJECT_ROOT} ("$schema" in JSON, a`,
      'yaml-language-server comment in YAML) for completion and checks as you type.',
      '',
      'An existing file is never overwritten unless --force is given (exit code 2).',
    ].join('\n'),
    options: {
      force: { type: 'boolean', description: 'overwrite the file if it exists' },
    },
    positionals: { min: 0, max: 1 },
    examples: [
      'trailmark init',
      'trailmark init roadmap.yaml',
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
    const text = renderStarter(
      extension === '.json' ? 'json' : 'yaml',
      schemaPathFor(target, context.cwd),
    );
    await writeTextFile(file, text, context, { overwrite: values.force === true });
    context.stdout.write(
      `Wrote ${file}. Edit it, then check it with: trailmark validate ${file}\n`,
    );
    return EXIT.ok;
  },
);
