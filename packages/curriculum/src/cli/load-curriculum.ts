/**
 * The input of the commands that need a valid curriculum (stats, markdown, jsonld).
 */
import { parseCurriculum } from '../parse.js';
import type { Curriculum } from '../schema.js';
import { CliError, EXIT } from './errors.js';
import { count, locateIssues, problemLine, writeIssues } from './report.js';
import { loadSource } from './source.js';
import type { CliContext } from './terminal.js';

/**
 * Reads and validates `file`. Its problems are printed on standard error like `validate` prints
 * them.
 * @throws {CliError} exit code 2 when the file cannot be read or parsed, 1 when it is not a valid
 * curriculum.
 */
export async function loadCurriculum(file: string, context: CliContext): Promise<Curriculum> {
  const loaded = await loadSource(file, context);
  if (!loaded.ok) {
    throw new CliError(problemLine(loaded.name, loaded.problem), {
      details: loaded.problem.snippet,
    });
  }
  const result = parseCurriculum(loaded.source.data);
  if (result.ok) return result.value;
  writeIssues(context.stderr, loaded.source.name, locateIssues(loaded.source, result.issues));
  throw new CliError(
    `${loaded.source.name}: not a valid curriculum (${count(result.issues.length, 'problem')} above)`,
    { exitCode: EXIT.invalid },
  );
}
