/**
 * `layoutRoadmap`: the roadmap as a map. Levels are bands in order, modules are clusters inside
 * their level, topics are boxes inside their module, and each prerequisite is a routed line.
 *
 * The curriculum already orders itself into levels and modules, so only two small problems are
 * left: inside a level, the graph of its modules (a handful of nodes, edges summed from their
 * topics' prerequisites), which dagre lays out (layers, crossing reduction, coordinates); and inside
 * a module, its topics, layered by their prerequisites within the module. A general layout over
 * every topic took 0.5–13 s for 1,000 topics; this takes milliseconds (see BENCHMARKS.md).
 */
import { layout as dagreLayout, graphlib } from '@dagrejs/dagre';
import { buildTopicGraph } from '../graph.js';
import { localize } from '../localize.js';
import type { Curriculum, Level, LocalizedText, Topic } from '../schema.js';
import { textWidth, wrapText } from './text.js';

/** Which way the levels follow each other. */
export type LayoutDirection = 'down' | 'right';

/** Options of {@link layoutRoadmap}. */
export interface LayoutOptions {
  /**
   * The language of the texts, and so of their sizes (Chinese titles are shorter but wider per
   * character than English ones).
   * @default curriculum.defaultLocale
   */
  locale?: string;
  /**
   * `down`: levels as bands from top to bottom; `right`: from left to right.
   * @default 'down'
   */
  direction?: LayoutDirection;
  /** Lay out only this level (its id); prerequisites in other levels then draw no line. */
  level?: string;
}

/** A rectangle in pixels: `x`, `y` are its top-left corner. */
export interface Box {
  /** Left edge. */
  x: number;
  /** Top edge. */
  y: number;
  /** Width in pixels. */
  width: number;
  /** Height in pixels. */
  height: number;
}

/** A point in pixels. */
export interface Point {
  /** Pixels from the left. */
  x: number;
  /** Pixels from the top. */
  y: number;
}

/** A level: a band across (or down) the map. */
export interface LayoutBand extends Box {
  /** The level's id. */
  id: string;
  /** The level's code (`L1`, `★`), drawn as a badge before its title. */
  code: string;
  /** The level's whole title. */
  title: string;
  /** The title wrapped to the band (see {@link LAYOUT_TEXT}`.band`); it starts at `titleX`. */
  lines: string[];
  /** Where the title's lines start, right of the code badge. */
  titleX: number;
  /** Whether the level is optional (drawn with a dashed outline). */
  optional: boolean;
}

/** A module: a labelled cluster inside its level's band. */
export interface LayoutCluster extends Box {
  /** The module's id. */
  id: string;
  /** The id of its level. */
  levelId: string;
  /** The module's whole title. */
  title: string;
  /** The title wrapped to the cluster (see {@link LAYOUT_TEXT}`.cluster`). */
  lines: string[];
}

/** A topic: a box inside its module's cluster. */
export interface LayoutNode extends Box {
  /** The topic's id. */
  id: string;
  /** The id of its level. */
  levelId: string;
  /** The id of its module. */
  moduleId: string;
  /** The topic's whole title (for a tooltip when `lines` had to cut it). */
  title: string;
  /** The title wrapped to the box (see {@link LAYOUT_TEXT}`.node`); cut with "…" past 3 lines. */
  lines: string[];
  /** The topic's kind: `concept`, `practice` or `project`. */
  kind: Topic['kind'];
  /** Whether the topic is optional. */
  optional: boolean;
}

/** One prerequisite: a line from the prerequisite's box to the box of the topic that needs it. */
export interface LayoutEdge {
  /** The prerequisite's id: the line starts on its box. */
  from: string;
  /** The dependent topic's id: the line ends on its box. */
  to: string;
  /** Corners of an orthogonal line, first on `from`'s box, last on `to`'s. */
  points: Point[];
}

/** The whole map, JSON-serialisable. All coordinates are pixels from the top-left corner. */
export interface RoadmapLayout {
  /** The locale the texts were taken in. */
  locale: string;
  /** Which way the levels follow each other. */
  direction: LayoutDirection;
  /** Encloses every band (and so everything else). */
  width: number;
  /** Encloses every band, like `width`. */
  height: number;
  /** Levels in order. */
  bands: LayoutBand[];
  /** Modules in document order. */
  clusters: LayoutCluster[];
  /** Topics in document order. */
  nodes: LayoutNode[];
  /** Prerequisites in document order of the dependent topic, then as listed. */
  edges: LayoutEdge[];
}

/**
 * The fonts the texts were measured with, for whoever draws the layout: font size and line height
 * in pixels; the first line's baseline sits `baseline` pixels below the top of its text block.
 */
export const LAYOUT_TEXT = {
  node: { size: 13, lineHeight: 17, baseline: 13, bold: false, maxLines: 3 },
  cluster: { size: 12, lineHeight: 16, baseline: 12, bold: true, maxLines: 2 },
  band: { size: 15, lineHeight: 20, baseline: 15, bold: true, maxLines: 2 },
  code: { size: 13, lineHeight: 20, baseline: 14, bold: true, maxLines: 1 },
} as const;

/**
 * Sizes in pixels. A node keeps `statusWidth` at its start for a status mark, so a map with
 * progress has the same layout as one without.
 */
export const LAYOUT_SIZES = {
  nodeWidth: 184,
  nodePadding: { x: 10, y: 9 },
  statusWidth: 18,
  nodeGap: { along: 30, across: 14 },
  /** Topics per row (or column, left to right) in a module before it wraps. */
  nodesPerRow: 3,
  clusterPadding: 12,
  clusterGap: { along: 44, across: 24 },
  bandPadding: 16,
  bandGap: 16,
  codeBadgePadding: 7,
} as const;

/** The main axis runs along the levels' order, the cross axis across it. */
interface Frame {
  main: 'x' | 'y';
  cross: 'x' | 'y';
  mainSize: 'width' | 'height';
  crossSize: 'width' | 'height';
}

const FRAMES: Record<LayoutDirection, Frame> = {
  down: { main: 'y', cross: 'x', mainSize: 'height', crossSize: 'width' },
  right: { main: 'x', cross: 'y', mainSize: 'width', crossSize: 'height' },
};

/**
 * A text's value for a locale, independent of the order of its keys (so a key-shuffled copy of a
 * curriculum gives the same layout): keys are sorted before `localize` falls back to the first.
 */
function textFor(text: LocalizedText, locale: string, defaultLocale: string): string {
  if (typeof text === 'string') return text;
  const sorted = Object.fromEntries(
    Object.keys(text)
      .sort()
      .map((key) => [key, text[key] as string]),
  );
  return localize(sorted, locale, defaultLocale);
}

interface PlacedTopic {
  topic: Topic;
  node: LayoutNode;
  rank: number;
}

/** Longest chain of prerequisites inside the module leading to each topic (its layer). */
function ranks(topics: readonly Topic[]): number[] {
  const graph = buildTopicGraph(topics);
  const rank = new Array<number>(topics.length).fill(-1);
  const visiting = new Uint8Array(topics.length);
  // Iterative, and a cycle (only in unvalidated input) is cut where it closes.
  for (let root = 0; root < topics.length; root++) {
    const stack = [root];
    while (stack.length > 0) {
      const at = stack[stack.length - 1] as number;
      if (rank[at] !== -1) {
        stack.pop();
        continue;
      }
      visiting[at] = 1;
      const pending = (graph.prerequisites[at] as number[]).filter(
        (p) => rank[p] === -1 && visiting[p] === 0,
      );
      if (pending.length > 0) {
        stack.push(...pending);
        continue;
      }
      let r = 0;
      for (const p of graph.prerequisites[at] as number[]) {
        if (rank[p] !== -1) r = Math.max(r, (rank[p] as number) + 1);
      }
      rank[at] = r;
      stack.pop();
    }
  }
  return rank;
}

/**
 * Places a module's topic boxes relative to the cluster's content origin, in rows by layer; inside
 * a layer, a topic goes near the mean position of its prerequisites in the module (then document
 * order). Returns the content's size along and across.
 */
function placeTopics(placed: PlacedTopic[], frame: Frame): { along: number; across: number } {
  const { nodesPerRow, nodeGap } = LAYOUT_SIZES;
  const byId = new Map(placed.map((entry) => [entry.topic.id, entry]));
  const slot = new Map<string, number>();
  const layers: PlacedTopic[][] = [];
  for (const entry of placed) {
    const layer = layers[entry.rank] ?? [];
    layer.push(entry);
    layers[entry.rank] = layer;
  }
  const rows: PlacedTopic[][] = [];
  for (const layer of layers) {
    if (!layer) continue;
    const keyed = layer.map((entry, index) => {
      const positions = entry.topic.prerequisites
        .map((id) => (byId.has(id) ? slot.get(id) : undefined))
        .filter((position): position is number => position !== undefined);
      const mean =
        positions.length === 0
          ? Number.POSITIVE_INFINITY
          : positions.reduce((sum, p) => sum + p, 0) / positions.length;
      return { entry, mean, index };
    });
    keyed.sort((a, b) => a.mean - b.mean || a.index - b.index);
    for (let start = 0; start < keyed.length; start += nodesPerRow) {
      const row = keyed.slice(start, start + nodesPerRow).map(({ entry }) => entry);
      row.forEach((entry, i) => {
        slot.set(entry.topic.id, i);
      });
      rows.push(row);
    }
  }
  const rowAcross = (row: PlacedTopic[]) =>
    row.reduce((sum, { node }) => sum + node[frame.crossSize], 0) +
    (row.length - 1) * nodeGap.across;
  const across = Math.max(...rows.map(rowAcross));
  let along = 0;
  for (const row of rows) {
    // Rows are centred across the cluster, so a chain of single topics runs down its middle.
    let cross = (across - rowAcross(row)) / 2;
    const depth = Math.max(...row.map(({ node }) => node[frame.mainSize]));
    for (const { node } of row) {
      node[frame.main] = along;
      node[frame.cross] = cross;
      cross += node[frame.crossSize] + nodeGap.across;
    }
    along += depth + nodeGap.along;
  }
  return { along: along - nodeGap.along, across };
}

interface ClusterPlan {
  cluster: LayoutCluster;
  topics: PlacedTopic[];
}

/** A node box sized to its wrapped title. */
function topicNode(topic: Topic, levelId: string, moduleId: string, title: string): LayoutNode {
  const { nodeWidth, nodePadding, statusWidth } = LAYOUT_SIZES;
  const font = LAYOUT_TEXT.node;
  const { lines } = wrapText(
    title,
    nodeWidth - 2 * nodePadding.x - statusWidth,
    font,
    font.maxLines,
  );
  return {
    id: topic.id,
    levelId,
    moduleId,
    title,
    lines,
    kind: topic.kind,
    optional: topic.optional,
    x: 0,
    y: 0,
    width: nodeWidth,
    height: 2 * nodePadding.y + Math.max(1, lines.length) * font.lineHeight,
  };
}

/** Lays out one module: topics placed relative to the cluster's top-left corner. */
function planCluster(
  level: Level,
  module: Level['modules'][number],
  text: (value: LocalizedText) => string,
  frame: Frame,
): ClusterPlan {
  const { clusterPadding, nodeWidth } = LAYOUT_SIZES;
  const layer = ranks(module.topics);
  const topics = module.topics.map((topic, i) => ({
    topic,
    node: topicNode(topic, level.id, module.id, text(topic.title)),
    rank: layer[i] as number,
  }));
  const size = placeTopics(topics, frame);
  const contentWidth = frame.main === 'y' ? size.across : size.along;
  const contentHeight = frame.main === 'y' ? size.along : size.across;
  const title = text(module.title);
  const font = LAYOUT_TEXT.cluster;
  const width = Math.max(contentWidth, nodeWidth) + 2 * clusterPadding;
  const { lines } = wrapText(title, width - 2 * clusterPadding, font, font.maxLines);
  const header = lines.length * font.lineHeight + 6;
  for (const { node } of topics) {
    node.x += clusterPadding + (width - 2 * clusterPadding - contentWidth) / 2;
    node.y += clusterPadding + header;
  }
  const cluster: LayoutCluster = {
    id: module.id,
    levelId: level.id,
    title,
    lines,
    x: 0,
    y: 0,
    width,
    height: contentHeight + header + 2 * clusterPadding,
  };
  return { cluster, topics };
}

/**
 * The edges between a level's modules (as indexes into `plans`) that dagre needs: one per pair of
 * modules whose topics have a prerequisite between them, less the edges that close a cycle (two
 * modules can depend on each other through different topics; dagre would reverse one anyway) and
 * the edges implied by others (A→B→C makes A→C redundant). A redundant edge would only add
 * crossing-reduction work: each edge spanning n layers becomes n − 1 dummy nodes in dagre, and
 * generated curricula of 1,000 topics took 20 times longer with them.
 */
function moduleEdges(
  plans: readonly ClusterPlan[],
  moduleOf: Map<string, string>,
): [number, number][] {
  const index = new Map(plans.map((plan, i) => [plan.cluster.id, i]));
  const successors = plans.map(() => new Set<number>());
  plans.forEach(({ topics }, to) => {
    for (const { topic } of topics) {
      for (const id of topic.prerequisites) {
        const from = index.get(moduleOf.get(id) as string);
        if (from !== undefined && from !== to) (successors[from] as Set<number>).add(to);
      }
    }
  });
  // Depth-first in document order: an edge back to a module on the path closes a cycle.
  const state = new Uint8Array(plans.length);
  const order: number[] = [];
  const dag = plans.map(() => [] as number[]);
  for (let root = 0; root < plans.length; root++) {
    if (state[root] !== 0) continue;
    const stack: [number, number[]][] = [[root, [...(successors[root] as Set<number>)]]];
    state[root] = 1;
    while (stack.length > 0) {
      const top = stack[stack.length - 1] as [number, number[]];
      const next = top[1].shift();
      if (next === undefined) {
        state[top[0]] = 2;
        order.push(top[0]);
        stack.pop();
        continue;
      }
      if (state[next] === 1) continue;
      (dag[top[0]] as number[]).push(next);
      if (state[next] === 0) {
        state[next] = 1;
        stack.push([next, [...(successors[next] as Set<number>)]]);
      }
    }
  }
  // `order` is a reverse topological order: what each module reaches, as bit sets.
  const words = Math.ceil(plans.length / 32);
  const reach = plans.map(() => new Uint32Array(words));
  const has = (set: Uint32Array, i: number) => ((set[i >>> 5] as number) & (1 << (i & 31))) !== 0;
  for (const u of order) {
    const set = reach[u] as Uint32Array;
    for (const w of dag[u] as number[]) {
      set[w >>> 5] = (set[w >>> 5] as number) | (1 << (w & 31));
      const below = reach[w] as Uint32Array;
      for (let k = 0; k < words; k++) set[k] = (set[k] as number) | (below[k] as number);
    }
  }
  const edges: [number, number][] = [];
  dag.forEach((targets, u) => {
    for (const w of targets) {
      if (!targets.some((v) => v !== w && has(reach[v] as Uint32Array, w))) edges.push([u, w]);
    }
  });
  return edges;
}

/**
 * Places a level's modules with dagre on the graph of their prerequisites inside the level.
 * Returns the content's size; clusters are moved to their place relative to the content origin.
 */
function placeClusters(
  plans: ClusterPlan[],
  moduleOf: Map<string, string>,
  direction: LayoutDirection,
): { width: number; height: number } {
  const { clusterGap } = LAYOUT_SIZES;
  const [only] = plans;
  if (plans.length === 1 && only) {
    // One module: where dagre would put it, without its set-up cost (most of a small map's time).
    return { width: only.cluster.width, height: only.cluster.height };
  }
  const graph = new graphlib.Graph();
  graph.setGraph({
    rankdir: direction === 'down' ? 'TB' : 'LR',
    nodesep: clusterGap.across,
    ranksep: clusterGap.along,
    marginx: 0,
    marginy: 0,
  });
  graph.setDefaultEdgeLabel(() => ({}));
  for (const { cluster } of plans) {
    graph.setNode(cluster.id, { width: cluster.width, height: cluster.height });
  }
  for (const [from, to] of moduleEdges(plans, moduleOf)) {
    graph.setEdge((plans[from] as ClusterPlan).cluster.id, (plans[to] as ClusterPlan).cluster.id);
  }
  dagreLayout(graph);
  for (const { cluster } of plans) {
    const placed = graph.node(cluster.id);
    cluster.x = placed.x - cluster.width / 2;
    cluster.y = placed.y - cluster.height / 2;
  }
  const width = Math.max(...plans.map(({ cluster }) => cluster.x + cluster.width));
  const height = Math.max(...plans.map(({ cluster }) => cluster.y + cluster.height));
  return { width, height };
}

type Side = 'top' | 'bottom' | 'left' | 'right';

/** Which sides of the two boxes a line joins: the ones facing each other. */
function facingSides(from: Box, to: Box, frame: Frame): [Side, Side] {
  const [before, after]: [Side, Side] = frame.main === 'y' ? ['top', 'bottom'] : ['left', 'right'];
  const [start, end]: [Side, Side] = frame.main === 'y' ? ['left', 'right'] : ['top', 'bottom'];
  if (to[frame.main] >= from[frame.main] + from[frame.mainSize]) return [after, before];
  if (to[frame.main] + to[frame.mainSize] <= from[frame.main]) return [before, after];
  return to[frame.cross] >= from[frame.cross] ? [end, start] : [start, end];
}

/** The point at `fraction` (0…1) along a side of a box, corners excluded. */
function portOn(box: Box, side: Side, fraction: number): Point {
  switch (side) {
    case 'top':
      return { x: box.x + box.width * fraction, y: box.y };
    case 'bottom':
      return { x: box.x + box.width * fraction, y: box.y + box.height };
    case 'left':
      return { x: box.x, y: box.y + box.height * fraction };
    case 'right':
      return { x: box.x + box.width, y: box.y + box.height * fraction };
  }
}

/**
 * Routes one line per prerequisite: out of the prerequisite's side facing the dependent, into the
 * dependent's side facing back, turning twice in the gap just past the prerequisite. The lines on
 * one side of a box get their own ports, spread in the order of the boxes at their other ends, so
 * they leave side by side instead of on top of each other.
 */
function routeEdges(
  entries: readonly { node: LayoutNode; prerequisites: readonly string[] }[],
  frame: Frame,
): LayoutEdge[] {
  const byId = new Map<string, LayoutNode>();
  for (const { node } of entries) if (!byId.has(node.id)) byId.set(node.id, node);
  const pending: { from: LayoutNode; to: LayoutNode; sides: [Side, Side] }[] = [];
  for (const { node: to, prerequisites } of entries) {
    // Distinct prerequisites that are on the map (another level's are not, with `level`).
    for (const id of new Set(prerequisites)) {
      const from = byId.get(id);
      if (from === undefined || from === to) continue;
      pending.push({ from, to, sides: facingSides(from, to, frame) });
    }
  }
  // For each (box, side), the edges using it, ordered along the side by the other end's centre.
  const ports = new Map<string, number[]>();
  const centre = (box: Box, axis: 'x' | 'y') =>
    box[axis] + (axis === 'x' ? box.width : box.height) / 2;
  pending.forEach(({ from, to, sides }, i) => {
    for (const [own, side] of [
      [from, sides[0]],
      [to, sides[1]],
    ] as const) {
      const key = `${own.id}\n${side}`;
      const list = ports.get(key) ?? [];
      list.push(i);
      ports.set(key, list);
    }
  });
  const fractionOf = new Map<string, number>();
  for (const [key, list] of ports) {
    const [id, side] = key.split('\n') as [string, Side];
    const axis = side === 'top' || side === 'bottom' ? 'x' : 'y';
    const sorted = [...list].sort((a, b) => {
      const edgeA = pending[a] as (typeof pending)[number];
      const edgeB = pending[b] as (typeof pending)[number];
      const otherA = edgeA.from.id === id ? edgeA.to : edgeA.from;
      const otherB = edgeB.from.id === id ? edgeB.to : edgeB.from;
      return centre(otherA, axis) - centre(otherB, axis) || a - b;
    });
    sorted.forEach((edge, rank) => {
      // Ports spread over the middle 60 % of the side.
      fractionOf.set(`${key}\n${edge}`, 0.2 + (0.6 * (rank + 1)) / (sorted.length + 1));
    });
  }
  const { nodeGap } = LAYOUT_SIZES;
  return pending.map(({ from, to, sides }, i) => {
    const fraction = fractionOf.get(`${from.id}\n${sides[0]}\n${i}`) ?? 0.5;
    const start = portOn(from, sides[0], fraction);
    const end = portOn(to, sides[1], fractionOf.get(`${to.id}\n${sides[1]}\n${i}`) ?? 0.5);
    const vertical = sides[0] === 'top' || sides[0] === 'bottom';
    const axis = vertical ? 'y' : 'x';
    const other = vertical ? 'x' : 'y';
    const sign = sides[0] === 'bottom' || sides[0] === 'right' ? 1 : -1;
    const gap = axis === frame.main ? nodeGap.along : nodeGap.across;
    // Turn in the gap next to the prerequisite, unless the dependent is nearer. Lines leaving one
    // side turn at different depths, so they do not run on top of each other: the ones heading
    // to the far end of the side turn first, and cross none of their neighbours' turns.
    const depth = end[other] > start[other] ? 1 - fraction : fraction;
    const turn =
      sign * (end[axis] - start[axis]) < gap
        ? (start[axis] + end[axis]) / 2
        : start[axis] + sign * gap * depth;
    const points: Point[] = vertical
      ? [start, { x: start.x, y: turn }, { x: end.x, y: turn }, end]
      : [start, { x: turn, y: start.y }, { x: turn, y: end.y }, end];
    return { from: from.id, to: to.id, points };
  });
}

/**
 * The roadmap as a map: bands for levels, clusters for modules, boxes for topics, and a routed line
 * per prerequisite. Pure and deterministic: the same curriculum and options give the same layout
 * (also when the keys of its objects come in another order), in Node and in a browser alike, since
 * text is measured from a table, not a DOM. Give it a valid curriculum (`parseCurriculum`'s value).
 * @throws RangeError when `options.level` is not the id of one of its levels.
 * @throws TypeError when `options.direction` is neither `'down'` nor `'right'` (from untyped code).
 * @example
 * const map = layoutRoadmap(curriculum, { locale: 'zh-CN' });
 * for (const node of map.nodes) draw(node.x, node.y, node.width, node.height, node.lines);
 */
export function layoutRoadmap(curriculum: Curriculum, options: LayoutOptions = {}): RoadmapLayout {
  const locale = options.locale ?? curriculum.defaultLocale;
  const direction = options.direction ?? 'down';
  if (!Object.hasOwn(FRAMES, direction)) {
    throw new TypeError(`direction must be "down" or "right"; got ${JSON.stringify(direction)}`);
  }
  const frame = FRAMES[direction];
  const text = (value: LocalizedText) => textFor(value, locale, curriculum.defaultLocale);
  let levels = curriculum.levels;
  if (options.level !== undefined) {
    levels = levels.filter((level) => level.id === options.level);
    if (levels.length === 0) {
      throw new RangeError(
        `level ${JSON.stringify(options.level)} is not in the curriculum; its levels are ${curriculum.levels.map((level) => JSON.stringify(level.id)).join(', ')}`,
      );
    }
  }
  const moduleOf = new Map<string, string>();
  for (const level of levels) {
    for (const module of level.modules) {
      for (const topic of module.topics)
        if (!moduleOf.has(topic.id)) moduleOf.set(topic.id, module.id);
    }
  }

  const { bandPadding, bandGap, codeBadgePadding } = LAYOUT_SIZES;
  const planned = levels.map((level) => {
    const plans = level.modules.map((module) => planCluster(level, module, text, frame));
    const content = placeClusters(plans, moduleOf, direction);
    return { level, plans, content };
  });
  // Every band spans the same width (down) or height (right, set below): the map reads as one
  // table.
  const widest = Math.max(...planned.map(({ content }) => content.width)) + 2 * bandPadding;
  const bands: LayoutBand[] = [];
  const clusters: LayoutCluster[] = [];
  const nodes: LayoutNode[] = [];
  const routed: { node: LayoutNode; prerequisites: readonly string[] }[] = [];
  let along = 0;
  for (const { level, plans, content } of planned) {
    const bandWidth = direction === 'down' ? widest : content.width + 2 * bandPadding;
    const codeWidth = textWidth(level.code, LAYOUT_TEXT.code) + 2 * codeBadgePadding;
    const titleX = bandPadding + codeWidth + 8;
    const title = text(level.title);
    const { lines } = wrapText(
      title,
      bandWidth - titleX - bandPadding,
      LAYOUT_TEXT.band,
      LAYOUT_TEXT.band.maxLines,
    );
    const header = Math.max(lines.length * LAYOUT_TEXT.band.lineHeight, 20) + bandPadding + 10;
    const band: LayoutBand = {
      id: level.id,
      code: level.code,
      title,
      lines,
      titleX: 0,
      optional: level.optional,
      x: 0,
      y: 0,
      width: bandWidth,
      height: 0,
    };
    band[frame.main] = along;
    band.titleX = band.x + titleX;
    // Content is centred across the band, below the header.
    const offsetX = band.x + (bandWidth - content.width) / 2;
    const offsetY = band.y + header;
    for (const { cluster, topics } of plans) {
      cluster.x += offsetX;
      cluster.y += offsetY;
      clusters.push(cluster);
      for (const { node, topic } of topics) {
        node.x += cluster.x;
        node.y += cluster.y;
        routed.push({ node, prerequisites: topic.prerequisites });
        nodes.push(node);
      }
    }
    band.height = header + content.height + bandPadding;
    bands.push(band);
    along += band[frame.mainSize] + bandGap;
  }
  if (direction === 'right') {
    const height = Math.max(...bands.map((band) => band.height));
    for (const band of bands) band.height = height;
  }
  const edges = routeEdges(routed, frame);
  const width = Math.max(...bands.map((band) => band.x + band.width));
  const height = Math.max(...bands.map((band) => band.y + band.height));
  return { locale, direction, width, height, bands, clusters, nodes, edges };
}
