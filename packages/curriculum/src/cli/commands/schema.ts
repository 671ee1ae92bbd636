/**
 * `trailmark schema`: prints the JSON Schema generated at build time (`dist/schema.json`).
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { defineCommand } from '../command.js';
import { CliError, EXIT } from '../errors.js';

export const schema = defineCommand(
  {
    name: 'schema',
    summary: 'print the JSON Schema of the curriculum format',
    usage: '',
    description: [
      'Prints the JSON Schema (draft 2020-12) of the curriculum format, for editors and other',
      'validators. The same file ships in the package as @trailmark/curriculum/schema.json.',
      'The schema checks the shape only; "trailmark validate" also checks ids, references,',
      'prerequisite cycles and locales.',
    ].join('\n'),
    options: {},
    positionals: { min: 0, max: 0 },
    examples: ['trailmark schema > curriculum.schema.json'],
  },
  async (_args, context) => {
    let text: string;
    try {
      text = await readFile(context.assets.schema, 'utf8');
    } catch {
      throw new CliError(
        `the JSON Schema is missing from this installation (${fileURLToPath(context.assets.schema)}); reinstall @trailmark/curriculum, and please report it`,
        { exitCode: EXIT.internal },
      );
    }
    context.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
    return EXIT.ok;
  },
);
