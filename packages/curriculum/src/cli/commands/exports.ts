/**
 * `trailmark markdown <file>` and `trailmark jsonld <file>`: the curriculum in other formats.
 */
import { toJsonLd } from '../../jsonld.js';
import { labelsFor } from '../../locale/labels.js';
import { toMarkdown } from '../../markdown.js';
import { isSafeHttpUrl } from '../../schema.js';
import { defineCommand } from '../command.js';
import { CliError, EXIT } from '../errors.js';
import { loadCurriculum } from '../load-curriculum.js';
import { chooseLocale, LOCALE_OPTION } from '../locale-option.js';
import { assertNotInput, writeTextFile } from '../output-file.js';
import type { CliContext } from '../terminal.js';

const OUTPUT_OPTION = {
  type: 'string',
  short: 'o',
  value: 'file',
  description: 'write to this file (replacing it) instead of standard output',
} as const;

const INVALID_NOTE =
  'The file must be a valid curriculum; if it is not, its problems are printed as by\n"trailmark validate" and nothing is written (exit code 1).';

async function emit(text: string, output: string | undefined, context: CliContext) {
  if (output === undefined) context.stdout.write(text);
  else await writeTextFile(output, text, context, { overwrite: true });
}

export const markdown = defineCommand(
  {
    name: 'markdown',
    summary: 'write the curriculum as Markdown',
    usage: '<file>',
    description: [
      'Writes the curriculum as a Markdown document: a heading per level and module, a bullet per',
      'topic with its kind, hours, prerequisites and resources. Text from the file is escaped, so',
      'it shows as written. The words around it ("Outcomes", "Prerequisites", kinds, hours) are in',
      'the language of the texts for English and Chinese (any zh tag), else English.',
      '',
      INVALID_NOTE,
    ].join('\n'),
    options: { locale: LOCALE_OPTION, output: OUTPUT_OPTION },
    positionals: { min: 1, max: 1 },
    examples: [
      'trailmark markdown curriculum.yaml > ROADMAP.md',
      'trailmark markdown curriculum.json --locale zh-CN --output ROADMAP.zh-CN.md',
    ],
  },
  async ({ values, positionals }, context) => {
    const file = positionals[0] as string;
    await assertNotInput(file, values.output, context);
    const curriculum = await loadCurriculum(file, context);
    const locale = chooseLocale(values.locale, curriculum, context, 'markdown');
    await emit(
      toMarkdown(curriculum, { locale, labels: labelsFor(locale) }),
      values.output,
      context,
    );
    return EXIT.ok;
  },
);

/**
 * `--url` must be where the roadmap is published, in the form `toJsonLd` takes (the one rule for
 * links, {@link isSafeHttpUrl}): anything else is a mistake on the command line, not a crash.
 */
function pageUrl(value: string | undefined): string | undefined {
  if (value === undefined || isSafeHttpUrl(value)) return value;
  throw new CliError(
    `option "--url" must be an absolute http(s) address without user info, spaces or backslashes, like "https://example.com/roadmap"; got ${JSON.stringify(value)}`,
    { help: 'see "trailmark jsonld --help"' },
  );
}

export const jsonld = defineCommand(
  {
    name: 'jsonld',
    summary: 'write the curriculum as schema.org JSON-LD',
    usage: '<file>',
    description: [
      'Writes the curriculum as schema.org structured data for search engines: an ItemList whose',
      'items are the levels as Courses. Put it in a <script type="application/ld+json"> element',
      'of the page that shows the roadmap (escape "<" as \\u003c there).',
      '',
      INVALID_NOTE,
    ].join('\n'),
    options: {
      locale: LOCALE_OPTION,
      url: {
        type: 'string',
        value: 'url',
        description:
          'absolute http(s) address of the page showing the roadmap; levels link to url#id',
      },
      output: OUTPUT_OPTION,
    },
    positionals: { min: 1, max: 1 },
    examples: [
      'trailmark jsonld curriculum.yaml --url https://example.com/roadmap',
      'trailmark jsonld curriculum.json --locale en -o roadmap.jsonld',
    ],
  },
  async ({ values, positionals }, context) => {
    const url = pageUrl(values.url);
    const file = positionals[0] as string;
    await assertNotInput(file, values.output, context);
    const curriculum = await loadCurriculum(file, context);
    const locale = chooseLocale(values.locale, curriculum, context, 'jsonld');
    const data = toJsonLd(curriculum, url === undefined ? { locale } : { locale, url });
    await emit(`${JSON.stringify(data, null, 2)}\n`, values.output, context);
    return EXIT.ok;
  },
);
