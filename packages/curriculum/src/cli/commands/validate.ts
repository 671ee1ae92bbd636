/**
 * `trailmark validate <file...>`: checks curricula and reports every problem where it is written.
 */
import { parseCurriculum } from '../../parse.js';
import { defineCommand } from '../command.js';
import { EXIT } from '../errors.js';
import { formatOption } from '../format-option.js';
import {
  count,
  type FileReport,
  locateIssues,
  problemIssue,
  problemLine,
  writeIssues,
} from '../report.js';
import { loadSource, refuseRepeatedStdin } from '../source.js';
import { styleFor } from '../terminal.js';

export const validate = defineCommand(
  {
    name: 'validate',
    summary: 'check curricula (JSON or YAML) and show each problem where it is written',
    usage: '<file...>',
    description: [
      'Checks each file against the curriculum format: its shape, unique ids, references that',
      'resolve, prerequisites without cycles, and the default locale in every translated text.',
      'Each problem is printed as "file:line:column: path: message".',
      '',
      'Files ending in .json are read as JSON, .yaml and .yml as YAML; other names (and "-",',
      'standard input) as JSON when they start with "{" or "[", else as YAML.',
      '',
      'Exit code 0 when every file is valid, 1 when one is not, 2 when one cannot be read or',
      'parsed (or the command line is wrong).',
    ].join('\n'),
    options: {
      format: formatOption('a JSON array'),
    },
    positionals: { min: 1, max: Number.POSITIVE_INFINITY },
    examples: [
      'trailmark validate curriculum.yaml',
      'trailmark validate roadmaps/*.json --format json',
      'cat curriculum.json | trailmark validate -',
    ],
  },
  async ({ values, positionals }, context) => {
    refuseRepeatedStdin(positionals, 'validate');
    const json = values.format === 'json';
    const reports: FileReport[] = [];
    const tally = { valid: 0, invalid: 0, unreadable: 0, problems: 0 };
    for (const file of positionals) {
      const loaded = await loadSource(file, context);
      if (!loaded.ok) {
        tally.unreadable++;
        reports.push({ file: loaded.name, ok: false, issues: [problemIssue(loaded.problem)] });
        if (!json) {
          const style = styleFor(context.stderr);
          context.stderr.write(
            `${style.red('trailmark:')} ${problemLine(loaded.name, loaded.problem)}\n`,
          );
          for (const line of loaded.problem.snippet ?? []) context.stderr.write(`${line}\n`);
        }
        continue;
      }
      const result = parseCurriculum(loaded.source.data);
      const issues = result.ok ? [] : locateIssues(loaded.source, result.issues);
      reports.push({ file: loaded.name, ok: result.ok, issues });
      if (result.ok) tally.valid++;
      else {
        tally.invalid++;
        tally.problems += issues.length;
      }
      if (json) continue;
      if (result.ok) {
        const style = styleFor(context.stdout);
        const topics = result.value.levels
          .flatMap((level) => level.modules)
          .reduce((sum, module) => sum + module.topics.length, 0);
        const size = `${count(result.value.levels.length, 'level')}, ${count(topics, 'topic')}`;
        context.stdout.write(`${style.bold(loaded.name)}: ${style.green('valid')} (${size})\n`);
      } else {
        writeIssues(context.stdout, loaded.name, issues);
      }
    }

    if (json) {
      context.stdout.write(`${JSON.stringify(reports, null, 2)}\n`);
    } else {
      const style = styleFor(context.stdout);
      const parts = [style.green(`${tally.valid} valid`)];
      if (tally.invalid > 0) {
        parts.push(style.red(`${tally.invalid} invalid (${count(tally.problems, 'problem')})`));
      }
      if (tally.unreadable > 0) parts.push(style.red(`${tally.unreadable} unreadable`));
      context.stdout.write(`${count(reports.length, 'file')} checked: ${parts.join(', ')}\n`);
    }
    if (tally.unreadable > 0) return EXIT.usage;
    return tally.invalid > 0 ? EXIT.invalid : EXIT.ok;
  },
);
