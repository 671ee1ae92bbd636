#!/usr/bin/env node
/**
 * Runs after `turbo run … --continue` has failed: prints, at the very end of the output, the lines
 * of each task's log (`<workspace>/.turbo/turbo-<task>.log`) that say what failed, so a CI log
 * that keeps only its tail still names the failing test. Always exits 1: it only runs on failure.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';

const ROOT = new URL('..', import.meta.url).pathname;
/** A line that says something failed (vitest, Playwright, tsc, biome, size-limit, turbo). */
const FAILURE =
  /(\bFAIL\b|✘|×|✗|\d+ failed|Failed Tests|error TS\d+|AssertionError|Error:|Expected|Received|Package size limit has exceeded|Found \d+ errors?)/;
const CONTEXT = 4;
const MAX_LINES = 160;

const workspaces = [
  '.',
  'bench',
  ...['apps', 'packages'].flatMap((dir) =>
    existsSync(join(ROOT, dir)) ? readdirSync(join(ROOT, dir)).map((name) => join(dir, name)) : [],
  ),
];

for (const workspace of workspaces) {
  const logs = join(ROOT, workspace, '.turbo');
  if (!existsSync(logs)) continue;
  for (const file of readdirSync(logs).filter((name) => /^turbo-.+\.log$/.test(name))) {
    const lines = stripVTControlCharacters(readFileSync(join(logs, file), 'utf8')).split('\n');
    const keep = new Set();
    lines.forEach((line, i) => {
      if (!FAILURE.test(line)) return;
      for (let j = i; j <= Math.min(lines.length - 1, i + CONTEXT); j++) keep.add(j);
    });
    if (keep.size === 0) continue;
    const shown = [...keep].sort((a, b) => a - b).slice(0, MAX_LINES);
    console.error(`\n── what failed in ${join(workspace, '.turbo', file)} ──`);
    let previous = -1;
    for (const i of shown) {
      if (previous !== -1 && i !== previous + 1) console.error('  …');
      console.error(`  ${lines[i]}`);
      previous = i;
    }
    if (keep.size > MAX_LINES) console.error(`  … ${keep.size - MAX_LINES} more lines in the log`);
  }
}
process.exit(1);
