/**
 * The topic prerequisite graph: study order, prerequisites, dependents and cycles.
 * Edges point from a topic to each topic it lists in `prerequisites`.
 */
import type { Curriculum, Topic } from './schema.js';
import { levelTopics } from './topics.js';

/** Topics as numbers in document order, with their edges both ways. */
export interface TopicGraph {
  ids: string[];
  index: Map<string, number>;
  /** Distinct, known prerequisites of each topic, in the order listed. */
  prerequisites: number[][];
  /** Topics listing each topic as a prerequisite, in document order; built when first needed. */
  dependents?: number[][];
  walk?: GraphWalk;
}

/**
 * The prerequisite graph of topics in document order, not cached (for one-off checks, so nothing
 * outlives them). A repeated id keeps its first topic; unknown prerequisites are ignored.
 */
export function buildTopicGraph(topics: readonly Topic[]): TopicGraph {
  const ids: string[] = [];
  const index = new Map<string, number>();
  const listed: string[][] = [];
  for (const topic of topics) {
    if (index.has(topic.id)) continue;
    index.set(topic.id, ids.length);
    ids.push(topic.id);
    listed.push(topic.prerequisites);
  }
  const prerequisites = listed.map((names) => {
    const edges: number[] = [];
    // Unparsed input may hold anything where the list belongs.
    for (const name of Array.isArray(names) ? names : []) {
      const prerequisite = index.get(name);
      if (prerequisite !== undefined && !edges.includes(prerequisite)) edges.push(prerequisite);
    }
    return edges;
  });
  return { ids, index, prerequisites };
}

// Cached per `levels` array: a curriculum is treated as an immutable value.
const cache = new WeakMap<object, TopicGraph>();

/** The prerequisite graph of a curriculum, cached for the functions below. */
export function topicGraph(c: Pick<Curriculum, 'levels'>): TopicGraph {
  let graph = cache.get(c.levels);
  if (!graph) {
    graph = buildTopicGraph(c.levels.flatMap(levelTopics));
    cache.set(c.levels, graph);
  }
  return graph;
}

/** What one depth-first walk of the graph finds. */
export interface GraphWalk {
  /** Topic numbers, each after its prerequisites; topics on a found cycle are left out. */
  order: number[];
  /** Cycles as topic numbers from a topic back to itself (`[a, b, a]`; `[a, a]` for a self-reference). */
  cycles: number[][];
}

/**
 * Walks the topics in document order, each topic's prerequisites (in the order listed) before it.
 * Every edge that closes a loop gives one cycle, so each cycle is reported once. Iterative: a
 * chain of 10,000 prerequisites must not overflow the call stack.
 */
export function walk(graph: TopicGraph): GraphWalk {
  if (graph.walk) return graph.walk;
  const n = graph.ids.length;
  // 0: not visited, 1: on the current path, 2: finished.
  const state = new Uint8Array(n);
  const path: number[] = [];
  const next: number[] = [];
  const postorder: number[] = [];
  const cycles: number[][] = [];
  const onCycle = new Uint8Array(n);
  for (let root = 0; root < n; root++) {
    if (state[root]) continue;
    state[root] = 1;
    path.push(root);
    next.push(0);
    while (path.length > 0) {
      const top = path.length - 1;
      const v = path[top] as number;
      const w = graph.prerequisites[v]?.[next[top] as number];
      if (w === undefined) {
        state[v] = 2;
        postorder.push(v);
        path.pop();
        next.pop();
        continue;
      }
      next[top] = (next[top] as number) + 1;
      if (state[w] === 0) {
        state[w] = 1;
        path.push(w);
        next.push(0);
      } else if (state[w] === 1) {
        const cycle = [...path.slice(path.indexOf(w)), w];
        for (const topic of cycle) onCycle[topic] = 1;
        cycles.push(cycle);
      }
    }
  }
  graph.walk = { order: postorder.filter((v) => !onCycle[v]), cycles };
  return graph.walk;
}

/**
 * Every topic id in an order where each prerequisite comes before the topics that need it. The
 * order stays as close to the document as it can: topics keep their document order, except that
 * a prerequisite written later is pulled forward to just before the first topic needing it. A
 * document already in study order comes back unchanged.
 *
 * A parsed curriculum has no cycles. On unparsed input with cycles, the topics on the cycles
 * found (see {@link findCycle}) are left out; every other topic is kept, in order.
 * @example topologicalOrder(curriculum) // ['python', 'tokens', 'embeddings', 'rag', …]
 */
export function topologicalOrder(c: Pick<Curriculum, 'levels'>): string[] {
  const graph = topicGraph(c);
  return walk(graph).order.map((v) => graph.ids[v] as string);
}

/** Options of {@link prerequisitesOf} and {@link dependentsOf}. */
export interface GraphQueryOptions {
  /**
   * Follow edges all the way (prerequisites of prerequisites…) instead of one step.
   * @default false
   */
  transitive?: boolean;
}

function reach(
  graph: TopicGraph,
  topicId: string,
  edges: number[][],
  transitive: boolean | undefined,
): string[] {
  const start = graph.index.get(topicId);
  if (start === undefined) return [];
  const direct = edges[start] ?? [];
  if (!transitive) return direct.filter((v) => v !== start).map((v) => graph.ids[v] as string);
  const seen = new Set<number>([start]);
  const queue = [start];
  for (let head = 0; head < queue.length; head++) {
    for (const w of edges[queue[head] as number] ?? []) {
      if (!seen.has(w)) {
        seen.add(w);
        queue.push(w);
      }
    }
  }
  // In study order (topics on a cycle, only in unparsed input, are left out).
  return walk(graph)
    .order.filter((v) => v !== start && seen.has(v))
    .map((v) => graph.ids[v] as string);
}

/**
 * The topics to complete before `topicId`: the ones it lists (in the order listed), or with
 * `transitive` all of them, in study order. `[]` for an unknown id.
 * @example prerequisitesOf(curriculum, 'rag', { transitive: true }) // ['python', 'embeddings']
 */
export function prerequisitesOf(
  c: Curriculum,
  topicId: string,
  options: GraphQueryOptions = {},
): string[] {
  const graph = topicGraph(c);
  return reach(graph, topicId, graph.prerequisites, options.transitive);
}

/**
 * The topics that list `topicId` as a prerequisite (in document order), or with `transitive`
 * every topic that needs it directly or indirectly, in study order. `[]` for an unknown id.
 * @example dependentsOf(curriculum, 'embeddings') // ['rag', 'vector-databases']
 */
export function dependentsOf(
  c: Curriculum,
  topicId: string,
  options: GraphQueryOptions = {},
): string[] {
  const graph = topicGraph(c);
  if (!graph.dependents) {
    const dependents: number[][] = graph.ids.map(() => []);
    graph.prerequisites.forEach((edges, topic) => {
      for (const prerequisite of edges) dependents[prerequisite]?.push(topic);
    });
    graph.dependents = dependents;
  }
  return reach(graph, topicId, graph.dependents, options.transitive);
}

/**
 * A prerequisite cycle, as topic ids from a topic back to itself (`['rag', 'embeddings', 'rag']`:
 * rag requires embeddings, which requires rag), or `null` when there is none. A parsed curriculum
 * never has one; use this on unparsed data. When there are several, the first met walking the
 * topics in document order (and each topic's prerequisites in the order listed) is returned.
 */
export function findCycle(c: Pick<Curriculum, 'levels'>): string[] | null {
  const graph = topicGraph(c);
  const [first] = walk(graph).cycles;
  return first ? first.map((v) => graph.ids[v] as string) : null;
}
