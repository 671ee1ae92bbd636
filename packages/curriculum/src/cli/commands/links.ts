/**
 * `trailmark links <file...>`: requests every resource and author URL of curricula and reports
 * the dead and the moved ones.
 */
import { defineCommand } from '../command.js';
import { CliError } from '../errors.js';
import { formatOption } from '../format-option.js';
import {
  checkLink,
  createLimiter,
  groupLinks,
  hostOf,
  type LinkPlace,
  type LinkResult,
  type LinkTally,
  linksExitCode,
  linksOf,
  tally,
} from '../links.js';
import { loadCurriculum } from '../load-curriculum.js';
import { count } from '../report.js';
import { displayName, refuseRepeatedStdin } from '../source.js';
import { type Output, styleFor } from '../terminal.js';

/** One link of `trailmark links --format json`: its verdict and every place it is written. */
export type LinkReport = LinkResult & { places: LinkPlace[] };

/** The output of `trailmark links --format json`. */
export interface LinksReport {
  /** Counts of distinct addresses: each URL is requested once however often it is written. */
  summary: LinkTally;
  /** In the order each address first appears in the files. */
  links: LinkReport[];
}

/** The User-Agent of every request: names the tool, and nothing about the person running it. */
export const USER_AGENT = 'trailmark-links/1 (+https://github.com/trailmark/trailmark)';

const HELP_HINT = 'see "trailmark links --help"';
const MAX_REDIRECTS = 10;
/** The pause before the first retry; the next ones double it. */
const RETRY_DELAY_MS = 1000;
/** The longest pause between two tries, and the longest `Retry-After` waited for. */
const MAX_WAIT_MS = 30_000;
/** The most `--retries` takes. */
const MAX_RETRIES = 10;

/**
 * The number an option gives, or `fallback` when it is not given: above 0, or 0 too with
 * `zero`; a whole number with `integer`; at most `max` when given.
 * @throws {CliError} exit code 2 naming the option, what it must be and what it got.
 */
function numberOption(
  name: string,
  value: string | undefined,
  fallback: number,
  rule: { integer: boolean; zero?: boolean; max?: number },
) {
  if (value === undefined) return fallback;
  const number = Number(value);
  const low = rule.zero ? number < 0 : number <= 0;
  // Number('') is 0: an empty value is no number at all.
  if (
    value.trim() === '' ||
    !Number.isFinite(number) ||
    low ||
    (rule.max !== undefined && number > rule.max) ||
    (rule.integer && !Number.isInteger(number))
  ) {
    const range = rule.zero ? ', 0 or more' : ' above 0';
    const what = `${rule.integer ? 'a whole number' : 'a number'}${range}${rule.max === undefined ? '' : ` and at most ${rule.max}`}`;
    throw new CliError(`option "--${name}" must be ${what}, got ${JSON.stringify(value)}`, {
      help: HELP_HINT,
    });
  }
  return number;
}

/** A failure before any HTTP answer: what every link shows when the network is missing. */
function isNetworkFailure(result: LinkResult): boolean {
  return (
    result.status === 'dead' &&
    result.hops.length === 0 &&
    ['timeout', 'dns', 'refused', 'network'].includes(result.reason)
  );
}

/** A progress bar redrawn in place on a terminal; one plain line per checked link elsewhere. */
function progress(output: Output, total: number) {
  let done = 0;
  const width = 24;
  return {
    step(result: LinkResult) {
      done++;
      if (output.tty) {
        const filled = Math.round((done / total) * width);
        const bar = `${'#'.repeat(filled)}${'.'.repeat(width - filled)}`;
        output.write(`\r\u001b[2K[${bar}] ${done}/${total} links`);
      } else {
        output.write(`[${done}/${total}] ${result.status} ${result.url}\n`);
      }
    },
    end() {
      if (output.tty && done > 0) output.write('\r\u001b[2K');
    },
  };
}

function writeText(output: Output, report: LinksReport, files: number): void {
  const style = styleFor(output);
  for (const link of report.links) {
    if (link.status === 'ok') continue;
    if (link.status === 'dead') {
      output.write(`${style.red('dead')}  ${style.bold(link.url)}: ${link.message}\n`);
    } else {
      output.write(
        `${style.yellow('moved')} ${style.bold(link.url)} -> ${link.newUrl} (permanent redirect)\n`,
      );
    }
    for (const place of link.places) {
      output.write(`      ${style.dim(`at ${place.file}: ${place.path}`)}\n`);
    }
  }
  const { summary } = report;
  const parts = [style.green(`${summary.ok} fine`)];
  if (summary.moved > 0) parts.push(style.yellow(`${summary.moved} moved`));
  if (summary.dead > 0) parts.push(style.red(`${summary.dead} dead`));
  output.write(
    `${count(summary.links, 'link')} checked in ${count(files, 'file')}: ${parts.join(', ')}\n`,
  );
}

/**
 * `trailmark links` with its pauses between tries taken by `sleep`: tests pass one that records
 * the pause and returns at once, so that no test waits real seconds.
 */
export function linksCommand(sleep?: (ms: number) => Promise<void>) {
  return defineCommand(
    {
      name: 'links',
      summary: 'report dead and moved resource and author links',
      usage: '<file...>',
      description: [
        'Requests each resource URL and author URL of the curricula once (HEAD, and GET when a',
        'server refuses HEAD), following redirects one by one. A link is dead when it answers',
        '4xx or 5xx, times out, or its connection fails (reset, refused, host not found); also',
        'when it redirects in a loop, more than 10 times, or to an address that is not http(s).',
        'A transient answer (429, 502, 503, 504, a timeout or a dropped connection) is asked',
        'again up to --retries times before the link is called dead, after a pause of 1 s, 2 s,',
        "4 s… (plus jitter), longer if the server's Retry-After asks, up to 30 s (beyond: dead).",
        'A link is moved when a permanent redirect (301 or 308) leads to a working page: update',
        'it to the address shown. Temporary redirects (302, 303, 307) are fine.',
        '',
        'No cookies or credentials are ever sent. Progress goes to standard error: a bar on a',
        'terminal, one line per link otherwise; the report goes to standard output.',
        '',
        'Exit code 0 when no link is dead (moved links are warnings), 1 when one is dead or,',
        'with --strict, moved; 1 also for a file that is not a valid curriculum, 2 when one cannot',
        'be read or parsed (or the command line is wrong).',
      ].join('\n'),
      options: {
        format: formatOption('a JSON object'),
        strict: {
          type: 'boolean',
          description: 'moved links fail the run too (exit code 1)',
        },
        timeout: {
          type: 'string',
          value: 'seconds',
          description: 'give up on a request after this long (default 10)',
        },
        concurrency: {
          type: 'string',
          value: 'n',
          description: 'requests at once in total (default 8)',
        },
        'per-host': {
          type: 'string',
          value: 'n',
          description: 'requests at once to one host (default 2)',
        },
        retries: {
          type: 'string',
          value: 'n',
          description: 'times a transient answer is asked again (default 2; 0 never; at most 10)',
        },
      },
      positionals: { min: 1, max: Number.POSITIVE_INFINITY },
      examples: [
        'trailmark links curriculum.yaml',
        'trailmark links roadmaps/*.json --format json --strict',
        'trailmark links curriculum.yaml --timeout 5 --concurrency 4 --per-host 1 --retries 0',
      ],
    },
    async ({ values, positionals }, context) => {
      refuseRepeatedStdin(positionals, 'links');
      const timeout = numberOption('timeout', values.timeout, 10, { integer: false });
      const concurrency = numberOption('concurrency', values.concurrency, 8, { integer: true });
      const perHost = numberOption('per-host', values['per-host'], 2, { integer: true });
      // Ten retries of up to 30 s each already keep a dead host for minutes.
      const retries = numberOption('retries', values.retries, 2, {
        integer: true,
        zero: true,
        max: MAX_RETRIES,
      });

      const written: { url: string; file: string; path: string }[] = [];
      for (const file of positionals) {
        const curriculum = await loadCurriculum(file, context);
        for (const [url, path] of linksOf(curriculum)) {
          written.push({ url, file: displayName(file), path });
        }
      }
      const targets = groupLinks(written);
      const limiter = createLimiter(concurrency, perHost);
      const bar = progress(context.stderr, targets.length);
      const options = {
        // AbortSignal.timeout takes whole milliseconds.
        timeoutMs: Math.max(1, Math.round(timeout * 1000)),
        maxRedirects: MAX_REDIRECTS,
        userAgent: USER_AGENT,
        retries,
        retryDelayMs: RETRY_DELAY_MS,
        maxWaitMs: MAX_WAIT_MS,
        ...(sleep ? { sleep } : {}),
      };
      const results = await Promise.all(
        targets.map((target) =>
          limiter.run(hostOf(target.url), async () => {
            const result = await checkLink(target.url, options);
            bar.step(result);
            return { ...result, places: target.places };
          }),
        ),
      );
      bar.end();

      const report: LinksReport = { summary: tally(results), links: results };
      if (results.length > 1 && results.every((result) => isNetworkFailure(result))) {
        // 119 dead links are more likely one missing network than 119 dead pages.
        const style = styleFor(context.stderr);
        context.stderr.write(
          `${style.yellow('trailmark:')} no link answered at all; is this machine offline?\n`,
        );
      }
      if (values.format === 'json') {
        context.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
      } else {
        writeText(context.stdout, report, positionals.length);
      }
      return linksExitCode(report.summary, values.strict === true);
    },
  );
}

/** `trailmark links`: its spec (options, help) and the run that checks every link. */
export const links = linksCommand();
