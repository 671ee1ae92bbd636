/**
 * Which source file each byte of a built script came from, read from its source map: the
 * attribution behind `npm run measure`'s "by package" table and the test that keeps the map's code
 * out of the main script.
 */
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/**
 * Decodes one line of source-map `mappings` into `[generatedColumn, sourceIndex]` pairs
 * (`sourceIndex` -1 for a segment that maps to no source). `state.source` carries over lines.
 * @param {string} line
 * @param {{ source: number }} state
 * @returns {Array<[number, number]>}
 */
function decodeLine(line, state) {
  /** @type {Array<[number, number]>} */
  const segments = [];
  let column = 0;
  for (const segment of line.split(',')) {
    if (segment === '') continue;
    const values = [];
    let value = 0;
    let shift = 0;
    for (const char of segment) {
      const digit = BASE64.indexOf(char);
      value += (digit & 31) << shift;
      if (digit & 32) {
        shift += 5;
      } else {
        values.push(value & 1 ? -(value >>> 1) : value >>> 1);
        value = 0;
        shift = 0;
      }
    }
    column += values[0] ?? 0;
    if (values.length > 1) state.source += values[1] ?? 0;
    segments.push([column, values.length > 1 ? state.source : -1]);
  }
  return segments;
}

/**
 * The built text of `file` split by the source each piece was built from.
 * @param {string} file a built script with its source map beside it (`<file>.map`)
 * @returns {Promise<Map<string, string>>} absolute source path (or `(unmapped)`) -> built text
 */
export async function textBySource(file) {
  const code = await readFile(file, 'utf8');
  const map = JSON.parse(await readFile(`${file}.map`, 'utf8'));
  /** @type {string[]} */
  const sources = map.sources.map((/** @type {string} */ source) =>
    resolve(dirname(file), map.sourceRoot ?? '', source),
  );
  /** @type {Map<string, string>} */
  const texts = new Map();
  const state = { source: 0 };
  const lines = code.split('\n');
  map.mappings.split(';').forEach((/** @type {string} */ mapping, /** @type {number} */ index) => {
    const text = lines[index] ?? '';
    const segments = decodeLine(mapping, state);
    segments.forEach(([column, source], i) => {
      const end = segments[i + 1]?.[0] ?? text.length;
      const name = source === -1 ? '(unmapped)' : (sources[source] ?? '(unknown)');
      texts.set(name, (texts.get(name) ?? '') + text.slice(column, end));
    });
  });
  return texts;
}
