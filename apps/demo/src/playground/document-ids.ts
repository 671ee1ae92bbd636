/**
 * The ids a playground document declares, for completion where ids are expected. Plain data
 * walking, with no editor code: the page computes them after each check.
 */

/** The ids a document declares, by kind. */
export interface DocumentIds {
  topics: string[];
  skills: string[];
  roles: string[];
}

/** No ids: before the document has been read. */
export const NO_IDS: DocumentIds = { topics: [], skills: [], roles: [] };

const record = (value: unknown): Record<string, unknown> | undefined =>
  value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const idsOf = (items: unknown[]) =>
  items.flatMap((item) => {
    const id = record(item)?.id;
    return typeof id === 'string' && id !== '' ? [id] : [];
  });

/** The ids declared in a read document, valid or not; whatever is not where it belongs is skipped. */
export function documentIds(value: unknown): DocumentIds {
  const root = record(value);
  const topics = list(root?.levels).flatMap((level) =>
    list(record(level)?.modules).flatMap((module) => idsOf(list(record(module)?.topics))),
  );
  return { topics, skills: idsOf(list(root?.skills)), roles: idsOf(list(root?.roles)) };
}
