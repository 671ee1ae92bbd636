/**
 * `trailmark svg <file>`: the curriculum as an SVG map.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseProgress } from '../../progress.js';
import type { Curriculum, Progress } from '../../schema.js';
import { toSvg } from '../../svg/svg.js';
import { defineCommand } from '../command.js';
import { CliError, EXIT } from '../errors.js';
import { loadCurriculum } from '../load-curriculum.js';
import { chooseLocale, LOCALE_OPTION } from '../locale-option.js';
import { assertNotInput, writeTextFile } from '../output-file.js';
import { type CliContext, styleFor } from '../terminal.js';

const HELP = 'see "trailmark svg --help"';

/**
 * The progress in `file` for `curriculum`. What `parseProgress` had to leave out is an error here
 * (a map that silently shows less progress than the file holds would mislead), except entries of
 * topics the curriculum no longer has: the map has no box for them, so they only get a warning.
 */
async function readProgress(
  file: string,
  curriculum: Curriculum,
  context: CliContext,
): Promise<Progress> {
  let text: string;
  try {
    text = await readFile(resolve(context.cwd, file), 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'it is a directory; give a progress .json file'
          : code === 'EACCES' || code === 'EPERM'
            ? 'permission denied'
            : (code ?? (error as Error).message);
    throw new CliError(`cannot read progress ${file}: ${reason}`);
  }
  const { progress, issues } = parseProgress(text, curriculum);
  const problems = issues.filter((issue) => issue.code !== 'unknown_topic');
  if (problems.length > 0) {
    throw new CliError(
      `${file}: not progress of ${JSON.stringify(curriculum.id)} that can be drawn (${problems.length === 1 ? '1 problem' : `${problems.length} problems`} below); give a file saved by Trailmark for this curriculum`,
      { details: problems.map((issue) => `  ${issue.path}: ${issue.message}`) },
    );
  }
  const style = styleFor(context.stderr);
  for (const issue of issues) {
    context.stderr.write(`${style.yellow('trailmark: warning:')} ${file}: ${issue.message}\n`);
  }
  return progress;
}

/** `trailmark svg`: writes `toSvg` of a valid curriculum to standard output or `--output`. */
export const svg = defineCommand(
  {
    name: 'svg',
    summary: 'draw the curriculum as an SVG map',
    usage: '<file>',
    description: [
      'Writes the curriculum as a standalone SVG map: levels as bands, modules as boxes of',
      'topics, and a line from each prerequisite to the topic that needs it. Its texts are real',
      'text, with a title and description for screen readers; it holds no scripts and loads',
      'nothing. With --progress, each topic shows its status (done, in progress, skipped) by a',
      'mark and outline, explained in the legend.',
      '',
      'The file must be a valid curriculum; if it is not, its problems are printed as by',
      '"trailmark validate" and nothing is written (exit code 1). A progress file that cannot be',
      "read, or holds anything but this curriculum's progress, is an error (exit code 2).",
    ].join('\n'),
    options: {
      output: {
        type: 'string',
        short: 'o',
        value: 'file',
        description: 'write to this file (replacing it) instead of standard output',
      },
      locale: LOCALE_OPTION,
      theme: {
        type: 'string',
        value: 'name',
        choices: ['light', 'dark'],
        description: 'colours: light (default) or dark',
      },
      direction: {
        type: 'string',
        value: 'way',
        choices: ['down', 'right'],
        description: 'levels from top to bottom (down, default) or left to right (right)',
      },
      level: {
        type: 'string',
        value: 'id',
        description: 'draw only the level with this id',
      },
      progress: {
        type: 'string',
        value: 'file',
        description: 'a progress .json file (as saved by Trailmark) to show on the topics',
      },
    },
    positionals: { min: 1, max: 1 },
    examples: [
      'trailmark svg curriculum.yaml -o map.svg',
      'trailmark svg curriculum.json --locale zh-CN --theme dark --progress progress.json',
      'trailmark svg curriculum.yaml --level l2 -o l2.svg',
    ],
  },
  async ({ values, positionals }, context) => {
    const file = positionals[0] as string;
    await assertNotInput(file, values.output, context);
    const curriculum = await loadCurriculum(file, context);
    const locale = chooseLocale(values.locale, curriculum, context, 'svg');
    const level = values.level;
    if (level !== undefined && !curriculum.levels.some(({ id }) => id === level)) {
      const ids = curriculum.levels.map(({ id }) => JSON.stringify(id)).join(', ');
      throw new CliError(
        `option "--level" must be the id of a level of ${file} (${ids}), got ${JSON.stringify(level)}`,
        { help: HELP },
      );
    }
    const progress =
      values.progress === undefined
        ? undefined
        : await readProgress(values.progress, curriculum, context);
    const text = toSvg(curriculum, {
      locale,
      ...(values.theme === 'dark' ? { theme: 'dark' } : {}),
      ...(values.direction === 'right' ? { direction: 'right' } : {}),
      ...(level === undefined ? {} : { level }),
      ...(progress === undefined ? {} : { progress }),
    });
    if (values.output === undefined) context.stdout.write(text);
    else await writeTextFile(values.output, text, context, { overwrite: true });
    return EXIT.ok;
  },
);
