/**
 * Running the built `trailmark` (dist/cli.js) as a user would, and the same program in-process
 * with memory outputs for property tests that need many runs.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { onTestFinished } from 'vitest';
import type { CliContext } from '../../src/cli/terminal.js';

export const PACKAGE_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const CLI = join(PACKAGE_ROOT, 'dist/cli.js');
export const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));

/** The path of a fixture file. */
export function fixture(name: string): string {
  return join(FIXTURES, name);
}

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs `node dist/cli.js ...args`. Color variables of the test's own environment are removed so
 * that each test states the ones it means.
 */
export function runCli(
  args: readonly string[],
  options: { cwd?: string; input?: string | Uint8Array; env?: Record<string, string> } = {},
): CliResult {
  const env = { ...process.env };
  delete env.FORCE_COLOR;
  delete env.NO_COLOR;
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd: options.cwd ?? PACKAGE_ROOT,
    input: options.input ?? '',
    env: { ...env, ...options.env },
    encoding: 'utf8',
  });
  if (result.error) throw result.error;
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Matches the frames of a JavaScript stack trace, or Node's own internals. */
export const STACK_TRACE = /^\s*at\s.*(?::\d+:\d+\)?|<anonymous>\)?)$|node:internal|\n\s+at /m;

/** A fresh temporary folder, removed after the test. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'trailmark-cli-'));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** A CliContext writing into strings, for running the program in-process. */
export function memoryContext(cwd: string, stdin: Uint8Array = new Uint8Array()) {
  const out: string[] = [];
  const err: string[] = [];
  const context: CliContext = {
    stdout: { write: (text) => void out.push(text), color: false },
    stderr: { write: (text) => void err.push(text), color: false },
    readStdin: async () => stdin,
    cwd,
    assets: {
      schema: new URL('dist/schema.json', pathToFileURL(PACKAGE_ROOT)),
      packageJson: new URL('package.json', pathToFileURL(PACKAGE_ROOT)),
    },
  };
  return { context, stdout: () => out.join(''), stderr: () => err.join('') };
}
