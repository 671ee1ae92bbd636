/**
 * Reading untrusted data as a curriculum: the shape first (zod), then the whole-document rules.
 */
import * as z from 'zod/mini';
import { checkDocument } from './document-checks.js';
import { type CurriculumIssue, createIssue, formatIssues } from './issues.js';
import { Curriculum, type CurriculumInput } from './schema.js';
import { createSuggest } from './suggest.js';
import { translateZodIssues } from './zod-issues.js';

/** The outcome of {@link parseCurriculum}: the curriculum, or every problem found. */
export type ParseResult =
  | { ok: true; value: Curriculum; issues?: never }
  | { ok: false; issues: CurriculumIssue[]; value?: never };

/**
 * Every curriculum a parse returned. They are deep-frozen, so none can have been changed into an
 * invalid one since: parsing one again returns it as is, without checking it a second time.
 */
const parsed = new WeakSet<object>();

/** Freezes `value` and every object and array inside it. */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    // for…in allocates no array of values (the data zod returns has no inherited keys).
    for (const key in value) deepFreeze(value[key]);
    Object.freeze(value);
  }
  return value;
}

/**
 * Checks that `input` is a valid curriculum. Never throws, whatever the input: malformed data,
 * `undefined`, cyclic objects, Proxies or getters that throw, huge strings.
 *
 * Every problem is reported in one run, ordered as written in the input: the shape, and the
 * whole-document rules (unique ids per kind, references that resolve, no prerequisite cycles, the
 * default locale in every translated text, links that parse). When the shape is wrong, those
 * rules are checked on the parts that are well formed, so fixing a shape problem reveals no new
 * one; a reference is left unjudged when a thing of its kind could not be read.
 *
 * On success `value` is a fresh copy with defaults applied (empty lists, `optional: false`);
 * the input is never changed. Parsed curricula are immutable: `value` is deep-frozen (changing it
 * throws in strict mode), and passing it to `parseCurriculum` again returns it at once, unchecked,
 * since it cannot have become invalid. To change a curriculum, copy it, change the copy and parse
 * that.
 * @example
 * const result = parseCurriculum(JSON.parse(text));
 * if (result.ok) render(result.value);
 * else console.error(formatIssues(result.issues));
 */
export function parseCurriculum(input: unknown): ParseResult {
  // `has` compares identity only: it runs no getter or Proxy trap, and is false for primitives.
  if (parsed.has(input as object)) return { ok: true, value: input as Curriculum };
  try {
    const suggest = createSuggest();
    const shaped = z.safeParse(Curriculum, input, { reportInput: true });
    let issues: CurriculumIssue[];
    if (shaped.success) issues = checkDocument(shaped.data, suggest);
    else {
      issues = translateZodIssues(shaped.error.issues, suggest);
      // The whole-document rules too, on the parts that are well formed: every problem in one run.
      // (Object: `null` has no fields to read; any other value has none of a curriculum's.)
      issues.push(...checkDocument(Object(input), suggest, issues));
    }
    if (issues.length > 0) return { ok: false, issues: issues.sort(byPosition(input)) };
    const { data } = shaped as { data: Curriculum };
    parsed.add(deepFreeze(data));
    return { ok: true, value: data };
  } catch (error) {
    // zod spreads a list's issues into a call: hundreds of thousands overflow the stack
    // (RangeError). Anything else thrown comes from the input: a getter or Proxy trap.
    const big = error instanceof RangeError;
    const issue = big
      ? createIssue([], 'too_big', { origin: 'document' })
      : createIssue([], 'unreadable_input', {});
    return { ok: false, issues: [issue] };
  }
}

/**
 * Package-internal (the entry does not export it): a built-in roadmap, from the JSON text of what
 * {@link parseCurriculum} returned when the package was built (`scripts/generate-roadmaps.js`),
 * made into a parsed curriculum without checking it again in every browser. The object is created
 * here from the text, so no caller holds a reference it could change before it is frozen; a copy
 * of it, or any object that merely looks the same, is still checked by {@link parseCurriculum}.
 */
export function builtInCurriculum(json: string): Curriculum {
  const value = deepFreeze(JSON.parse(json) as Curriculum);
  parsed.add(value);
  return value;
}

/**
 * Orders issues as their places are written in `input`: by key order within an object, by index
 * within a list, an object before what is inside it. A missing key counts as the start of the
 * object that lacks it, where a reader's `locate` points.
 */
function byPosition(input: unknown) {
  return (a: CurriculumIssue, b: CurriculumIssue): number => {
    let node = input as Record<string | number, unknown> | undefined;
    for (let i = 0; ; i++) {
      const x = a.segments[i];
      const y = b.segments[i];
      if (x === undefined || y === undefined) return x === y ? 0 : x === undefined ? -1 : 1;
      if (x !== y) {
        const keys = Object.keys(node ?? {});
        const place = (key: string | number) => (typeof key === 'number' ? key : keys.indexOf(key));
        // Two missing keys tie: the sort is stable, so they keep the schema's order.
        return place(x) - place(y);
      }
      node = node?.[x] as typeof node;
    }
  };
}

/** Thrown by {@link assertCurriculum}; `issues` holds every problem, `message` lists them. */
export class CurriculumError extends Error {
  /** Every problem found, in the same form {@link parseCurriculum} returns. */
  readonly issues: CurriculumIssue[];

  constructor(issues: CurriculumIssue[]) {
    super(`Invalid curriculum:\n${formatIssues(issues)}`);
    this.name = 'CurriculumError';
    this.issues = issues;
  }
}

/**
 * Like {@link parseCurriculum}, for data that must be valid (a built-in roadmap, a fixture):
 * returns the parsed curriculum (deep-frozen, like every parsed curriculum) or throws one
 * {@link CurriculumError} listing every problem.
 * @example const roadmap = assertCurriculum(defineCurriculum({ … }));
 */
export function assertCurriculum(input: unknown): Curriculum {
  const result = parseCurriculum(input);
  if (!result.ok) throw new CurriculumError(result.issues);
  return result.value;
}

type Scalar = string | number | boolean | bigint | symbol | null | undefined;
/** The object types among `S` (a text may be a string or a map of translations). */
type ObjectsOf<S> = Exclude<S, Scalar | readonly unknown[]>;
/** Every key of every member of the union `S` (a record's key type is `string`). */
type KeysOf<S> = S extends unknown ? keyof S : never;
/** The type of field `K` in the members of `S` that have it. */
type FieldOf<S, K> = S extends unknown ? (K extends keyof S ? S[K] : never) : never;
type ItemsOf<S> = S extends readonly (infer Item)[] ? Item : never;

/**
 * `T` with each field that `Shape` does not have, at any depth, typed `never`: a literal with a
 * misspelled field (`prerequisite:` for `prerequisites:`) is then not assignable. TypeScript's own
 * excess-property check stops at a generic argument, so without this an optional field could be
 * misspelled unnoticed.
 */
export type Exactly<Shape, T> = T extends Scalar
  ? T
  : T extends readonly unknown[]
    ? { [I in keyof T]: Exactly<ItemsOf<NonNullable<Shape>>, T[I]> }
    : {
        // An index signature (`Record<string, …>`) names no field to check.
        [K in keyof T]: string extends K
          ? T[K]
          : K extends KeysOf<ObjectsOf<Shape>>
            ? Exactly<FieldOf<ObjectsOf<Shape>, K>, T[K]>
            : never;
      };

/**
 * Types a curriculum written in TypeScript, with completion and checks in the editor: a wrong or
 * missing field is an error, and so is a field the format does not have (a misspelled optional
 * field, which a plain type annotation lets through). Returns it unchanged (parse it with
 * {@link assertCurriculum} for defaults and the whole-document rules).
 * @example
 * export default defineCurriculum({
 *   schemaVersion: 1, id: 'web', version: '1.0.0', title: 'Web', summary: '…',
 *   defaultLocale: 'en', locales: ['en'], levels: [ … ],
 * });
 */
export function defineCurriculum<const T extends CurriculumInput>(
  curriculum: T & Exactly<CurriculumInput, T>,
): T {
  return curriculum;
}
