/**
 * Random changes to a valid curriculum, for property tests: delete, replace or insert at a random
 * place, with values that often look right (ids of other topics, near-miss keys) so that both shape
 * checks and whole-document checks get exercised.
 */
import fc from 'fast-check';

type Node = Record<string, unknown> | unknown[];
export type Mutation = {
  at: number;
  op: 'delete' | 'replace' | 'insert';
  key: string;
  value: unknown;
};

/** Every object and array in a document, the document itself first. */
function containers(doc: unknown): Node[] {
  const found: Node[] = [];
  const visit = (value: unknown) => {
    if (value === null || typeof value !== 'object') return;
    found.push(value as Node);
    for (const child of Object.values(value)) visit(child);
  };
  visit(doc);
  return found;
}

/** Applies the mutations in turn to `doc` (changed in place) and returns it. */
export function mutate<T>(doc: T, mutations: readonly Mutation[]): T {
  for (const { at, op, key, value: shared } of mutations) {
    // A copy: generated values are shared between runs, and a mutation may nest one in itself.
    const value = structuredClone(shared);
    const nodes = containers(doc);
    const node = nodes[at % nodes.length] as Node;
    if (Array.isArray(node)) {
      const index = node.length === 0 ? 0 : at % node.length;
      if (op === 'delete') node.splice(index, 1);
      else if (op === 'replace') node[index] = value;
      else node.splice(index, 0, value);
    } else {
      const keys = Object.keys(node);
      const existing = keys.length === 0 ? key : (keys[at % keys.length] as string);
      if (op === 'delete') delete node[existing];
      // defineProperty so that a "__proto__" key becomes an own key, as JSON.parse would make it.
      else
        Object.defineProperty(node, op === 'replace' ? existing : key, {
          value,
          enumerable: true,
          writable: true,
          configurable: true,
        });
    }
  }
  return doc;
}

const KEYS = [
  'id',
  'title',
  'summary',
  'kind',
  'prerequisite',
  'prerequisites',
  'skills',
  'roles',
  'en',
  'zh-CN',
  'zh_CN',
  'url',
  'optional',
  'estimatedHours',
  '__proto__',
  'constructor',
  'toString',
  '',
];
const VALUES = [
  'html',
  'css',
  'javascript',
  'dom',
  'todo-app',
  'engines',
  'markup',
  'frontend',
  'l1',
  'l2',
  'concept',
  'lecture',
  'javascript:alert(1)',
  '//evil.example',
  'https://[::1',
  'https://example.org',
  'https://good.example@evil.example/',
  'https://example.org/@someone',
  '2024-13-45',
  '2024-02-30',
  '2024-06-01T08:30:00Z',
  '',
  'Web Basics',
  'en',
  'zh-CN',
  1,
  0,
  -1,
  1001,
  true,
  null,
  [],
  {},
  ['html'],
  ['css', 'dom'],
  { en: 'x' },
  { 'zh-CN': 'x' },
  'x'.repeat(301),
];

/** One to three mutations. */
export const mutations: fc.Arbitrary<Mutation[]> = fc.array(
  fc.record({
    at: fc.nat(),
    op: fc.constantFrom('delete', 'replace', 'insert'),
    key: fc.oneof(fc.constantFrom(...KEYS), fc.string()),
    value: fc.oneof(fc.constantFrom(...VALUES), fc.jsonValue({ maxDepth: 2 })),
  }) as fc.Arbitrary<Mutation>,
  { minLength: 1, maxLength: 3 },
);
