/**
 * A built-in roadmap is checked when the package is built, not when it is imported: these tests
 * count the checks (zod's `safeParse`, then the whole-document rules) that parseCurriculum runs.
 */
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as checks from '../document-checks.js';
import type { Curriculum } from '../schema.js';

vi.mock('zod/mini', async (importOriginal) => {
  const actual = await importOriginal<typeof import('zod/mini')>();
  return { ...actual, safeParse: vi.fn(actual.safeParse) };
});
vi.mock('../document-checks.js', async (importOriginal) => {
  const actual = await importOriginal<typeof checks>();
  return { ...actual, checkDocument: vi.fn(actual.checkDocument) };
});

const z = await import('zod/mini');
const shapeChecks = vi.mocked(z.safeParse);
const documentChecks = vi.mocked(checks.checkDocument);

beforeEach(() => {
  vi.resetModules();
  shapeChecks.mockClear();
  documentChecks.mockClear();
});
afterEach(() => {
  vi.resetModules();
});

/** A fresh copy of the package's parse module and the roadmap module that uses it. */
async function load() {
  const { parseCurriculum } = await import('../parse.js');
  const { llmEngineer } = await import('./llm-engineer.js');
  return { parseCurriculum, llmEngineer };
}

/** Every object and array inside `value` (and `value` itself). */
function everyObject(value: unknown, found: object[] = []): object[] {
  if (typeof value === 'object' && value !== null) {
    found.push(value);
    for (const inner of Object.values(value)) everyObject(inner, found);
  }
  return found;
}

describe('a built-in roadmap', () => {
  it('is not checked when its module is imported', async () => {
    const { llmEngineer } = await load();
    expect(llmEngineer.levels.length).toBe(5);
    expect(shapeChecks).not.toHaveBeenCalled();
    expect(documentChecks).not.toHaveBeenCalled();
  });

  it('is returned by parseCurriculum as is, without a check', async () => {
    const { parseCurriculum, llmEngineer } = await load();
    const result = parseCurriculum(llmEngineer);
    expect(result.value).toBe(llmEngineer);
    expect(shapeChecks).not.toHaveBeenCalled();
    expect(documentChecks).not.toHaveBeenCalled();
  });

  it('is deep-frozen, so it cannot be changed into an invalid one', async () => {
    const { llmEngineer } = await load();
    const objects = everyObject(llmEngineer);
    expect(objects.length).toBeGreaterThan(1000);
    expect(objects.filter((object) => !Object.isFrozen(object))).toEqual([]);
  });

  it('is checked like any data when copied, even as a deep-frozen copy', async () => {
    const { parseCurriculum, llmEngineer } = await load();
    const copy = structuredClone(llmEngineer);
    for (const object of everyObject(copy)) Object.freeze(object);
    const result = parseCurriculum(copy);
    expect(result.value).toStrictEqual(llmEngineer);
    expect(result.value).not.toBe(llmEngineer);
    expect(shapeChecks).toHaveBeenCalledTimes(1);
    expect(documentChecks).toHaveBeenCalledTimes(1);
  });

  it('is checked by another copy of the curriculum package', async () => {
    const { llmEngineer } = await load();
    vi.resetModules();
    const other = await import('../parse.js');
    const result = other.parseCurriculum(llmEngineer);
    expect(result.value).toStrictEqual(llmEngineer);
    expect(result.value).not.toBe(llmEngineer);
    expect(shapeChecks).toHaveBeenCalledTimes(1);
  });

  it('does not vouch for a copy with any one field changed: the copy is checked and rejected', async () => {
    const { parseCurriculum, llmEngineer } = await load();
    const topicIds = llmEngineer.levels.flatMap((level) =>
      level.modules.flatMap((module) => module.topics.map((topic) => topic.id)),
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...topicIds.keys()),
        fc.constantFrom<(copy: Curriculum, at: number) => void>(
          // A prerequisite that names no topic.
          (copy, at) => {
            const topic = topicAt(copy, at);
            (topic.prerequisites as string[]).push('no-such-topic');
          },
          // A second topic with the same id.
          (copy, at) => {
            const topic = topicAt(copy, at);
            topic.id = topicAt(copy, at === 0 ? 1 : 0).id;
          },
          // Hours that are no number.
          (copy, at) => {
            Object.assign(topicAt(copy, at), { estimatedHours: '10' });
          },
        ),
        (at, change) => {
          const copy = structuredClone(llmEngineer) as Curriculum;
          change(copy, at);
          expect(parseCurriculum(copy).ok).toBe(false);
        },
      ),
      { numRuns: 30 },
    );
  });
});

/** The `at`th topic of `curriculum` in document order, writable. */
function topicAt(curriculum: Curriculum, at: number): { id: string; prerequisites: string[] } {
  const topics = curriculum.levels.flatMap((level) => level.modules.flatMap((m) => m.topics));
  const topic = topics[at];
  if (!topic) throw new Error(`no topic ${at}`);
  return topic as unknown as { id: string; prerequisites: string[] };
}
