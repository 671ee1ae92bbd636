import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  type Curriculum,
  dependentsOf,
  findCycle,
  prerequisitesOf,
  topologicalOrder,
} from '../src/index.js';
import { FIXTURE_TOPIC_IDS, fixture } from './fixture.js';

/** A bare curriculum shape for graph functions: one level, one module, topics with prerequisites. */
function graph(edges: Record<string, string[]>): Pick<Curriculum, 'levels'> {
  const topics = Object.entries(edges).map(([id, prerequisites]) => ({ id, prerequisites }));
  return { levels: [{ modules: [{ topics }] }] } as unknown as Pick<Curriculum, 'levels'>;
}

function expectEdgesRespected(order: string[], edges: Record<string, string[]>) {
  const position = new Map(order.map((id, i) => [id, i]));
  for (const [id, prerequisites] of Object.entries(edges)) {
    for (const prerequisite of prerequisites) {
      if (!position.has(id) || !position.has(prerequisite)) continue;
      expect(position.get(prerequisite), `${prerequisite} before ${id}`).toBeLessThan(
        position.get(id) as number,
      );
    }
  }
}

describe('topologicalOrder', () => {
  it('keeps a document that is already in study order as it is', () => {
    expect(topologicalOrder(fixture())).toEqual(FIXTURE_TOPIC_IDS);
  });

  it('pulls a prerequisite written later forward, to just before the first topic needing it', () => {
    expect(topologicalOrder(graph({ a: ['c'], b: [], c: [] }))).toEqual(['c', 'a', 'b']);
    expect(topologicalOrder(graph({ a: ['d', 'c'], b: [], c: [], d: ['c'] }))).toEqual([
      'c',
      'd',
      'a',
      'b',
    ]);
  });

  it('leaves the topics of a cycle out of unparsed data, keeping the rest in order', () => {
    const edges = {
      a: [],
      rag: ['embeddings'],
      embeddings: ['rag', 'a'],
      app: ['rag', 'a'],
      z: [],
    };
    const order = topologicalOrder(graph(edges));
    expect(order).toEqual(['a', 'app', 'z']);
    expect(topologicalOrder(graph({ self: ['self'], other: [] }))).toEqual(['other']);
  });

  it('ignores prerequisites that name no topic', () => {
    expect(topologicalOrder(graph({ a: ['ghost'], b: ['a'] }))).toEqual(['a', 'b']);
  });

  it('handles a chain of 10,000 prerequisites without overflowing the stack', () => {
    const edges: Record<string, string[]> = {};
    for (let i = 0; i < 10_000; i++) edges[`t${i}`] = i < 9_999 ? [`t${i + 1}`] : [];
    const order = topologicalOrder(graph(edges));
    expect(order).toHaveLength(10_000);
    expect(order[0]).toBe('t9999');
    expect(order[9_999]).toBe('t0');
  });

  test.prop(
    [
      fc
        .integer({ min: 1, max: 40 })
        .chain((n) =>
          fc.tuple(
            fc.constant(n),
            fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: n * 3 }),
            fc.shuffledSubarray([...Array(n).keys()], { minLength: n, maxLength: n }),
          ),
        ),
    ],
    { numRuns: 500 },
  )('puts every prerequisite before its dependents in random DAGs', ([n, pairs, shuffle]) => {
    // An edge only goes from a higher rank to a lower one, so the graph is acyclic; the document
    // order is a random shuffle of the ranks.
    const edges: Record<string, string[]> = {};
    for (const rank of shuffle) edges[`t${rank}`] = [];
    for (const [a, b] of pairs) {
      if (a === b) continue;
      const [from, to] = a > b ? [a, b] : [b, a];
      edges[`t${from}`]?.push(`t${to}`);
    }
    const order = topologicalOrder(graph(edges));
    expect([...order].sort()).toEqual(Object.keys(edges).sort());
    expect(order).toHaveLength(n);
    expectEdgesRespected(order, edges);
    expect(findCycle(graph(edges))).toBeNull();
  });

  test.prop(
    [
      fc.dictionary(
        fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'),
        fc.array(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'), { maxLength: 3 }),
      ),
    ],
    { numRuns: 500 },
  )(
    'on any graph, orders the topics it keeps and finds a real cycle when it drops some',
    (edges) => {
      const order = topologicalOrder(graph(edges));
      expectEdgesRespected(order, edges);
      const cycle = findCycle(graph(edges));
      expect(order.length < Object.keys(edges).length).toBe(cycle !== null);
      if (cycle) {
        expect(cycle[0]).toBe(cycle[cycle.length - 1]);
        for (let i = 0; i + 1 < cycle.length; i++) {
          expect(edges[cycle[i] as string]).toContain(cycle[i + 1]);
        }
      }
    },
  );
});

describe('prerequisitesOf and dependentsOf', () => {
  const c = fixture();

  it('gives the direct prerequisites in the order listed', () => {
    expect(prerequisitesOf(c, 'dom')).toEqual(['javascript', 'css']);
    expect(prerequisitesOf(c, 'html')).toEqual([]);
  });

  it('gives every prerequisite, in study order, with transitive', () => {
    expect(prerequisitesOf(c, 'todo-app', { transitive: true })).toEqual([
      'html',
      'css',
      'javascript',
      'dom',
    ]);
  });

  it('gives the direct dependents in document order', () => {
    expect(dependentsOf(c, 'css')).toEqual(['dom', 'animations']);
    expect(dependentsOf(c, 'engines')).toEqual([]);
  });

  it('gives every dependent, in study order, with transitive', () => {
    expect(dependentsOf(c, 'javascript', { transitive: true })).toEqual([
      'dom',
      'todo-app',
      'engines',
    ]);
  });

  it('gives nothing for an unknown id', () => {
    expect(prerequisitesOf(c, 'nope', { transitive: true })).toEqual([]);
    expect(dependentsOf(c, 'constructor')).toEqual([]);
  });
});

describe('findCycle', () => {
  it('finds none in a parsed curriculum', () => {
    expect(findCycle(fixture())).toBeNull();
  });

  it('shows a cycle from a topic back to itself', () => {
    expect(findCycle(graph({ rag: ['embeddings'], embeddings: ['rag'] }))).toEqual([
      'rag',
      'embeddings',
      'rag',
    ]);
    expect(findCycle(graph({ a: [], b: ['b'] }))).toEqual(['b', 'b']);
  });
});
