/**
 * Writing the files the CLI produces (`init`, `--output`), with one-line errors.
 */
import { stat, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { CliError } from './errors.js';
import { STDIN } from './source.js';
import type { CliContext } from './terminal.js';

/**
 * Refuses to write the output over the input: `trailmark markdown r.yaml -o r.yaml` would replace
 * the curriculum with its export. The same path, or another name for the same file (a link, a
 * case-insensitive file system), counts.
 * @throws {CliError} exit code 2 when `output` is the file `input`.
 */
export async function assertNotInput(
  input: string,
  output: string | undefined,
  context: CliContext,
): Promise<void> {
  if (output === undefined || input === STDIN) return;
  const [from, to] = [resolve(context.cwd, input), resolve(context.cwd, output)];
  let same = from === to;
  try {
    const [a, b] = await Promise.all([stat(from), stat(to)]);
    same ||= a.dev === b.dev && a.ino === b.ino;
  } catch {
    // One of them does not exist (yet), so they are different files.
  }
  if (same) {
    throw new CliError(`${output} is the input file; write the output to another file`);
  }
}

/**
 * Writes `text` to `file` (relative to the working directory).
 * @throws {CliError} exit code 2: the file exists and `overwrite` is false, its folder does not
 * exist, it is a directory, or it may not be written.
 */
export async function writeTextFile(
  file: string,
  text: string,
  context: CliContext,
  options: { overwrite: boolean },
): Promise<void> {
  try {
    // "wx" fails if the file exists, with no window between a check and the write.
    await writeFile(resolve(context.cwd, file), text, { flag: options.overwrite ? 'w' : 'wx' });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST')
      throw new CliError(`${file} already exists; use --force to overwrite it`);
    const reason =
      code === 'ENOENT'
        ? 'its folder does not exist'
        : code === 'EISDIR'
          ? 'it is a directory'
          : code === 'EACCES' || code === 'EPERM'
            ? 'permission denied'
            : (code ?? (error as Error).message);
    throw new CliError(`cannot write ${file}: ${reason}`);
  }
}
