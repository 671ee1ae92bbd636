/**
 * Writing the files the CLI produces (`init`, `--output`), with one-line errors.
 */
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { CliError } from './errors.js';
import type { CliContext } from './terminal.js';

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
