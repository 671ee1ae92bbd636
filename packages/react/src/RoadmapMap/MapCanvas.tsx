import type { TopicStatus } from '@trailmark/curriculum';
import {
  LAYOUT_SIZES,
  LAYOUT_TEXT,
  type LayoutBand,
  type LayoutCluster,
  type LayoutNode,
  type Point,
  type RoadmapLayout,
  textWidth,
} from '@trailmark/curriculum/layout';
import { fillMessage } from '@trailmark/curriculum/locale';
import { memo } from 'react';
import { useCurriculumContext, useTopicKey } from '../CurriculumProvider/context';
import type { MapMessages, SharedMessages } from '../i18n/messages';
import { flag } from '../root';

/** Two decimals at most: enough for pixels, and the same text on the server and in the browser. */
function n(value: number): string {
  return String(Math.round(value * 100) / 100);
}

type Font = (typeof LAYOUT_TEXT)[keyof typeof LAYOUT_TEXT];

const LATIN_WORD_END = /[A-Za-z0-9\u00C0-\u024F]+$/;
const LATIN_WORD_CHAR = /[A-Za-z0-9\u00C0-\u024F]/;

/**
 * Wrapped lines as drawn: with the spaces the wrap took out put back at their ends (a space at the
 * end of a line draws nothing), and a title cut with "…" cut after a whole Latin word. So the
 * text read together is the start of the title in whole words, which a topic's accessible name
 * starts with (WCAG 2.5.3, label in name: speech users say what they see).
 */
export function withSpaces(title: string, lines: readonly string[]): string[] {
  let at = 0;
  return lines.map((line, i) => {
    const last = i === lines.length - 1;
    if (last && line.endsWith('…') && !title.endsWith('…')) {
      const cut = line.slice(0, -1);
      const partial =
        LATIN_WORD_END.test(cut) && LATIN_WORD_CHAR.test(title.charAt(at + cut.length));
      const whole = partial ? cut.replace(LATIN_WORD_END, '').trimEnd() : cut;
      return `${whole === '' ? cut : whole}…`;
    }
    const start = title.indexOf(line, at);
    if (start < 0) return line;
    let end = start + line.length;
    while (!last && title[end] === ' ') end++;
    at = end;
    return title.slice(start, end);
  });
}

/** Lines of text (`<tspan>`s when more than one), the first baseline `font.baseline` below `y`. */
function Lines({
  lines,
  x,
  y,
  font,
  className,
}: {
  lines: readonly string[];
  x: number;
  y: number;
  font: Font;
  className: string;
}) {
  const at = (i: number) => n(y + font.baseline + i * font.lineHeight);
  return (
    <text
      className={className}
      fontSize={font.size}
      fontWeight={font.bold ? 700 : undefined}
      // One line is the text's own: a <tspan> less for most topics.
      x={lines.length === 1 ? n(x) : undefined}
      y={lines.length === 1 ? at(0) : undefined}
    >
      {lines.length === 1
        ? lines[0]
        : lines.map((line, i) => (
            // Lines are positions in a fixed list: the index is their identity.
            // biome-ignore lint/suspicious/noArrayIndexKey: see above
            <tspan key={i} x={n(x)} y={at(i)}>
              {line}
            </tspan>
          ))}
    </text>
  );
}

/**
 * A status mark in a 14 px square, a different shape per status (the same shapes as `toSvg`): an
 * empty ring, a half-filled ring, a filled ring with a check, a ring with a slash.
 */
export function StatusMark({ status, x, y }: { status: TopicStatus; x: number; y: number }) {
  // Absolute starts and relative steps, so no <g transform> is needed: one element less a topic.
  return (
    <>
      <circle className="tm-map__ring" cx={n(x + 7)} cy={n(y + 7)} r="6" />
      {status === 'in-progress' && (
        <path className="tm-map__half" d={`M${n(x + 7)} ${n(y + 1)}a6 6 0 0 0 0 12z`} />
      )}
      {status === 'done' && (
        <path className="tm-map__check" d={`M${n(x + 4)} ${n(y + 7)}l2.2 2.4 4-4.6`} />
      )}
      {status === 'skipped' && (
        <path className="tm-map__slash" d={`M${n(x + 3)} ${n(y + 11)}l8-8`} />
      )}
    </>
  );
}

function edgePath(points: readonly Point[]): string {
  return points.map((p, i) => `${i === 0 ? 'M' : 'L'}${n(p.x)} ${n(p.y)}`).join('');
}

/** Bands, clusters, lines and their labels: drawn once per layout, hidden from assistive technology. */
const Backdrop = /* @__PURE__ */ memo(function Backdrop({
  layout,
  arrowId,
}: {
  layout: RoadmapLayout;
  arrowId: string;
}) {
  const { bandPadding, codeBadgePadding, clusterPadding } = LAYOUT_SIZES;
  const moduleOf = new Map(layout.nodes.map((node) => [node.id, node.moduleId]));
  return (
    // biome-ignore lint/a11y/noAriaHiddenOnFocusable: an SVG <g> without tabindex is not focusable.
    <g aria-hidden="true">
      <defs>
        <marker
          id={arrowId}
          viewBox="0 0 8 8"
          refX="7"
          refY="4"
          markerWidth="7"
          markerHeight="7"
          orient="auto-start-reverse"
        >
          <path className="tm-map__arrow" d="M0 0L8 4L0 8z" />
        </marker>
      </defs>
      {layout.bands.map((band, i) => (
        <rect
          key={band.id}
          className="tm-map__band"
          data-level={band.id}
          data-tone={(i % 5) + 1}
          data-optional={flag(band.optional)}
          x={n(band.x)}
          y={n(band.y)}
          width={n(band.width)}
          height={n(band.height)}
          rx="10"
        />
      ))}
      {layout.clusters.map((cluster) => (
        <rect
          key={cluster.id}
          className="tm-map__cluster"
          x={n(cluster.x)}
          y={n(cluster.y)}
          width={n(cluster.width)}
          height={n(cluster.height)}
          rx="8"
        />
      ))}
      <g className="tm-map__edges" markerEnd={`url(#${arrowId})`}>
        {layout.edges.map((edge) => (
          <path
            key={`${edge.from} ${edge.to}`}
            className="tm-map__edge"
            // Lines between modules and levels are drawn fainter than those inside a module.
            data-far={flag(moduleOf.get(edge.from) !== moduleOf.get(edge.to))}
            data-from={edge.from}
            data-to={edge.to}
            d={edgePath(edge.points)}
          />
        ))}
      </g>
      {layout.bands.map((band, i) => (
        <g key={band.id} className="tm-map__band-label" data-tone={(i % 5) + 1}>
          <rect
            className="tm-map__code"
            x={n(band.x + bandPadding)}
            y={n(band.y + bandPadding)}
            width={n(textWidth(band.code, LAYOUT_TEXT.code) + 2 * codeBadgePadding)}
            height={LAYOUT_TEXT.code.lineHeight}
            rx="4"
          />
          <Lines
            className="tm-map__code-text"
            lines={[band.code]}
            x={band.x + bandPadding + codeBadgePadding}
            y={band.y + bandPadding}
            font={LAYOUT_TEXT.code}
          />
          <Lines
            className="tm-map__band-title"
            lines={band.lines}
            x={band.titleX}
            y={band.y + bandPadding}
            font={LAYOUT_TEXT.band}
          />
        </g>
      ))}
      {layout.clusters.map((cluster) => (
        <Lines
          key={cluster.id}
          className="tm-map__cluster-title"
          lines={cluster.lines}
          x={cluster.x + clusterPadding}
          y={cluster.y + clusterPadding - 2}
          font={LAYOUT_TEXT.cluster}
        />
      ))}
    </g>
  );
});

interface MapNodeProps {
  node: LayoutNode;
  selected: boolean;
  /** The one topic in the Tab order (roving tabindex). */
  tabbable: boolean;
  detailsId: string;
  messages: SharedMessages & MapMessages;
}

/**
 * One topic: a button drawn as a box with its status mark and title. Follows only its own state
 * (status and missing prerequisites), so a status change re-renders the changed topics alone.
 */
const MapNode = /* @__PURE__ */ memo(function MapNode({
  node,
  selected,
  tabbable,
  detailsId,
  messages,
}: MapNodeProps) {
  const context = useCurriculumContext('RoadmapMap');
  const topic = context.topics.get(node.id)?.topic;
  const state = useTopicKey(context, node.id);
  const [status, ...missing] = state.split(' ') as [TopicStatus, ...string[]];
  const { nodePadding, statusWidth } = LAYOUT_SIZES;
  const title = topic ? context.text(topic.title) : node.title;
  return (
    // biome-ignore lint/a11y/useSemanticElements: SVG has no <button>; this is one, by role and keys.
    <g
      className="tm-map__node"
      role="button"
      tabIndex={tabbable ? 0 : -1}
      aria-label={fillMessage(messages['map.topic'], {
        title,
        status: messages[`status.${status}`],
        missing: missing.length,
      })}
      aria-expanded={selected}
      aria-controls={selected ? detailsId : undefined}
      data-topic-id={node.id}
      data-status={status}
      data-kind={node.kind}
      data-locked={flag(missing.length > 0)}
      data-optional={flag(node.optional)}
      data-selected={flag(selected)}
    >
      {/* The ring of focus and selection, drawn only where they can be: 1,000 fewer elements. */}
      {(tabbable || selected) && (
        <rect
          className="tm-map__halo"
          x={n(node.x - 4)}
          y={n(node.y - 4)}
          width={n(node.width + 8)}
          height={n(node.height + 8)}
          rx="9"
        />
      )}
      <rect
        className="tm-map__box"
        x={n(node.x)}
        y={n(node.y)}
        width={n(node.width)}
        height={n(node.height)}
        rx="6"
      />
      <StatusMark status={status} x={node.x + nodePadding.x - 2} y={node.y + nodePadding.y + 1.5} />
      <Lines
        className="tm-map__title"
        lines={withSpaces(node.title, node.lines)}
        x={node.x + nodePadding.x + statusWidth}
        y={node.y + nodePadding.y}
        font={LAYOUT_TEXT.node}
      />
    </g>
  );
});

interface Group {
  band: LayoutBand;
  clusters: { cluster: LayoutCluster; nodes: LayoutNode[] }[];
}

const groupsCache = /* @__PURE__ */ new WeakMap<RoadmapLayout, Group[]>();

/** The topics by level and module, in document order (cached per layout). */
function groupsOf(layout: RoadmapLayout): Group[] {
  let groups = groupsCache.get(layout);
  if (!groups) {
    const byCluster = new Map<string, LayoutNode[]>();
    for (const node of layout.nodes) {
      const list = byCluster.get(node.moduleId) ?? [];
      list.push(node);
      byCluster.set(node.moduleId, list);
    }
    groups = layout.bands.map((band) => ({
      band,
      clusters: layout.clusters
        .filter((cluster) => cluster.levelId === band.id)
        .map((cluster) => ({ cluster, nodes: byCluster.get(cluster.id) ?? [] })),
    }));
    groupsCache.set(layout, groups);
  }
  return groups;
}

/** Props of {@link MapCanvas}. */
export interface MapCanvasProps {
  layout: RoadmapLayout;
  selected: string | null;
  /** The topic holding the map's one Tab stop. */
  active: string | null;
  ids: { arrow: string; details: string };
  messages: SharedMessages & MapMessages;
}

/**
 * Everything drawn on the map: the backdrop, then the topics grouped by level and module (named
 * groups, so a screen reader says where a topic is). Re-renders when the selection or the Tab stop
 * moves, and then only the topics whose props changed.
 */
export const MapCanvas = /* @__PURE__ */ memo(function MapCanvas({
  layout,
  selected,
  active,
  ids,
  messages,
}: MapCanvasProps) {
  return (
    <>
      <Backdrop layout={layout} arrowId={ids.arrow} />
      {groupsOf(layout).map(({ band, clusters }) => (
        // biome-ignore lint/a11y/useSemanticElements: SVG has no <fieldset>; a <g> groups here.
        // biome-ignore lint/a11y/noInteractiveElementToNoninteractiveRole: an SVG <g> is not interactive.
        <g key={band.id} role="group" aria-label={`${band.code} ${band.title}`}>
          {clusters.map(({ cluster, nodes }) => (
            // biome-ignore lint/a11y/useSemanticElements: SVG has no <fieldset>; a <g> groups here.
            // biome-ignore lint/a11y/noInteractiveElementToNoninteractiveRole: an SVG <g> is not interactive.
            <g key={cluster.id} role="group" aria-label={cluster.title}>
              {nodes.map((node) => (
                <MapNode
                  key={node.id}
                  node={node}
                  selected={node.id === selected}
                  tabbable={node.id === active}
                  detailsId={ids.details}
                  messages={messages}
                />
              ))}
            </g>
          ))}
        </g>
      ))}
    </>
  );
});
