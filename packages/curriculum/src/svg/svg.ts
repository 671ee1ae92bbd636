/**
 * `toSvg`: the map as a standalone SVG document, for a README, a slide or a blog post. Real text
 * (selectable, searchable, translatable), a title and description for assistive technology, and
 * nothing that runs or loads: no scripts, event attributes, `foreignObject` or external references.
 */
import {
  LAYOUT_SIZES,
  LAYOUT_TEXT,
  type LayoutNode,
  type LayoutOptions,
  layoutRoadmap,
  type Point,
} from '../layout/layout.js';
import { textWidth, wrapText } from '../layout/text.js';
import { matchLocale } from '../locale/match.js';
import { localize } from '../localize.js';
import { statusOf } from '../progress.js';
import type { Curriculum, Progress, TopicStatus } from '../schema.js';
import { TOPIC_STATUSES } from '../schema.js';
import { xmlText } from './escape.js';
import { type SvgLabels, svgLabels } from './labels.js';
import { FONT_FAMILY, paletteOf, type SvgTheme } from './theme.js';

/** Options of {@link toSvg}: the layout's, plus how to draw it. */
export interface SvgOptions extends LayoutOptions {
  /**
   * Colours from the design tokens' light or dark theme.
   * @default 'light'
   */
  theme?: SvgTheme;
  /**
   * A learner's progress, drawn on each topic: done, in progress and skipped differ by mark and
   * outline, not by colour alone. Progress of another curriculum counts as none.
   */
  progress?: Progress;
}

type Palette = ReturnType<typeof paletteOf>;

const MARGIN = 24;
const HEADING = { size: 20, lineHeight: 26, bold: true, maxLines: 2 } as const;
const LEGEND = { size: 12, lineHeight: 16, bold: false } as const;

/** Two decimals at most: enough for pixels, and stable text for snapshots. */
function n(value: number): string {
  return String(Math.round(value * 100) / 100);
}

/**
 * Lines as `<tspan>`s of one `<text>`, the first baseline `baseline` below `y`; with a `halo`
 * colour drawn around the glyphs.
 */
function textLines(
  lines: readonly string[],
  x: number,
  y: number,
  font: { size: number; lineHeight: number; baseline: number; bold?: boolean },
  fill: string,
  halo?: string,
): string {
  const spans = lines
    .map(
      (line, i) =>
        `<tspan x="${n(x)}" y="${n(y + font.baseline + i * font.lineHeight)}">${xmlText(line)}</tspan>`,
    )
    .join('');
  const weight = font.bold ? ' font-weight="700"' : '';
  // A halo in the background colour keeps lines passing behind a label from cutting through it.
  const outline =
    halo === undefined
      ? ''
      : ` stroke="${halo}" stroke-width="4" stroke-linejoin="round" paint-order="stroke"`;
  return `<text font-size="${font.size}"${weight} fill="${fill}"${outline}>${spans}</text>`;
}

/**
 * A status mark in a 14 px square at (`x`, `y`), different in shape for each status: an empty
 * ring, a half-filled ring, a ring with a check, a ring with a slash.
 */
function statusMark(status: TopicStatus, x: number, y: number, colors: Palette): string {
  const cx = x + 7;
  const cy = y + 7;
  const ring = (stroke: string, fill = 'none') =>
    `<circle cx="${n(cx)}" cy="${n(cy)}" r="6" fill="${fill}" stroke="${stroke}" stroke-width="1.5"/>`;
  switch (status) {
    case 'not-started':
      return ring(colors.status.notStarted.fg);
    case 'in-progress': {
      const fg = colors.status.inProgress.fg;
      return `${ring(fg)}<path d="M${n(cx)} ${n(cy - 6)}A6 6 0 0 0 ${n(cx)} ${n(cy + 6)}Z" fill="${fg}"/>`;
    }
    case 'done': {
      const { fg, bg } = colors.status.done;
      return `${ring(fg, fg)}<path d="M${n(cx - 3)} ${n(cy)}l2.2 2.4 4-4.6" fill="none" stroke="${bg}" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round"/>`;
    }
    case 'skipped': {
      const fg = colors.status.skipped.fg;
      return `${ring(fg)}<path d="M${n(cx - 4)} ${n(cy + 4)}L${n(cx + 4)} ${n(cy - 4)}" stroke="${fg}" stroke-width="1.5"/>`;
    }
  }
}

/** Fill, outline and text colour of a topic box for its status. */
function nodeStyle(status: TopicStatus, colors: Palette) {
  switch (status) {
    case 'done':
      return {
        fill: colors.status.done.bg,
        stroke: colors.status.done.fg,
        width: 1.5,
        text: colors.text,
      };
    case 'in-progress':
      return {
        fill: colors.status.inProgress.bg,
        stroke: colors.status.inProgress.fg,
        width: 2.5,
        text: colors.text,
      };
    case 'skipped':
      return {
        fill: colors.status.skipped.bg,
        stroke: colors.status.skipped.fg,
        width: 1,
        text: colors.textMuted,
      };
    case 'not-started':
      return { fill: colors.surface, stroke: colors.borderStrong, width: 1, text: colors.text };
  }
}

function topicBox(
  node: LayoutNode,
  status: TopicStatus,
  labels: SvgLabels,
  colors: Palette,
  withStatus: boolean,
): string {
  const style = nodeStyle(status, colors);
  const { nodePadding, statusWidth } = LAYOUT_SIZES;
  const notes = [withStatus ? labels.status[status] : '', node.optional ? labels.optional : '']
    .filter(Boolean)
    .join(labels.separator);
  const tooltip = notes === '' ? node.title : `${node.title}${labels.separator}${notes}`;
  // Optional topics get a dashed outline; the status is in the mark, fill and outline width.
  const dash = node.optional ? ' stroke-dasharray="5 3"' : '';
  return [
    `<g data-topic="${xmlText(node.id)}" data-status="${status}">`,
    `<title>${xmlText(tooltip)}</title>`,
    `<rect x="${n(node.x)}" y="${n(node.y)}" width="${n(node.width)}" height="${n(node.height)}" rx="6" fill="${style.fill}" stroke="${style.stroke}" stroke-width="${style.width}"${dash}/>`,
    statusMark(status, node.x + nodePadding.x - 2, node.y + nodePadding.y + 1.5, colors),
    textLines(
      node.lines,
      node.x + nodePadding.x + statusWidth,
      node.y + nodePadding.y,
      LAYOUT_TEXT.node,
      style.text,
    ),
    '</g>',
  ].join('');
}

function edgePath(points: readonly Point[]): string {
  return points.map((p, i) => `${i === 0 ? 'M' : 'L'}${n(p.x)} ${n(p.y)}`).join('');
}

/** The legend: one entry per status, optional topics, and the lines; wrapped to `width`. */
function legend(
  width: number,
  y: number,
  labels: SvgLabels,
  colors: Palette,
): { markup: string; height: number } {
  const entries: { mark: (x: number, y: number) => string; text: string }[] = [
    ...TOPIC_STATUSES.map((status) => ({
      mark: (x: number, top: number) => statusMark(status, x, top + 1, colors),
      text: labels.status[status],
    })),
    {
      mark: (x: number, top: number) =>
        `<rect x="${n(x)}" y="${n(top + 1)}" width="14" height="14" rx="3" fill="${colors.surface}" stroke="${colors.borderStrong}" stroke-dasharray="4 2"/>`,
      text: labels.optional,
    },
    {
      mark: (x: number, top: number) =>
        `<path d="M${n(x)} ${n(top + 8)}h12" stroke="${colors.borderStrong}" stroke-width="1.5" marker-end="url(#tm-arrow)"/>`,
      text: labels.prerequisite,
    },
  ];
  const parts: string[] = [];
  let x = 0;
  let top = y;
  for (const entry of entries) {
    const entryWidth = 22 + textWidth(entry.text, LEGEND) + 20;
    if (x > 0 && x + entryWidth > width) {
      x = 0;
      top += 24;
    }
    parts.push(
      entry.mark(MARGIN + x, top),
      textLines([entry.text], MARGIN + x + 22, top, { ...LEGEND, baseline: 12 }, colors.textMuted),
    );
    x += entryWidth;
  }
  return {
    markup: `<g lang="${labels.lang}">${parts.join('')}</g>`,
    height: top - y + 20,
  };
}

/**
 * The roadmap as a standalone SVG document (UTF-8 text): its title as a heading, levels as bands,
 * modules as clusters, topics as boxes with real `<text>`, a line per prerequisite, and a legend.
 * Every text of the curriculum is escaped, and characters that XML cannot carry or that would
 * reorder the text after them (bidirectional overrides) are left out.
 * @throws RangeError when `options.level` is not the id of one of its levels.
 * @throws TypeError when `options.theme` or `options.direction` is not one of its values (from
 * untyped code).
 * @example
 * import { toSvg } from '@trailmark/curriculum/svg';
 * writeFileSync('map.svg', toSvg(curriculum, { locale: 'zh-CN', theme: 'dark' }));
 */
export function toSvg(curriculum: Curriculum, options: SvgOptions = {}): string {
  const theme = options.theme ?? 'light';
  if (theme !== 'light' && theme !== 'dark') {
    throw new TypeError(`theme must be "light" or "dark"; got ${JSON.stringify(theme)}`);
  }
  const map = layoutRoadmap(curriculum, options);
  const colors = paletteOf(theme);
  const labels = svgLabels(map.locale);
  const progress = options.progress?.curriculumId === curriculum.id ? options.progress : undefined;
  // The language the texts are in: the curriculum's locale closest to the one asked for.
  const lang = matchLocale(map.locale, curriculum.locales, curriculum.defaultLocale);
  const title = localize(curriculum.title, map.locale, curriculum.defaultLocale);

  const contentWidth = Math.max(map.width, 480);
  const heading = wrapText(title, contentWidth, HEADING, HEADING.maxLines);
  const top = MARGIN + heading.lines.length * HEADING.lineHeight + 12;
  const key = legend(contentWidth, top + map.height + 20, labels, colors);
  const width = contentWidth + 2 * MARGIN;
  const height = top + map.height + 20 + key.height + MARGIN;
  const x0 = MARGIN + (contentWidth - map.width) / 2;

  const bands = map.bands.map((band) => {
    const dash = band.optional ? ' stroke-dasharray="6 4"' : '';
    return `<rect data-level="${xmlText(band.id)}" x="${n(band.x)}" y="${n(band.y)}" width="${n(band.width)}" height="${n(band.height)}" rx="10" fill="${colors.bgSubtle}" stroke="${colors.border}"${dash}/>`;
  });
  const bandLabels = map.bands.map((band, i) => {
    const level = colors.level[((i % 5) + 1) as 1 | 2 | 3 | 4 | 5];
    const { bandPadding, codeBadgePadding } = LAYOUT_SIZES;
    const code = LAYOUT_TEXT.code;
    const badgeWidth = textWidth(band.code, code) + 2 * codeBadgePadding;
    return [
      `<rect x="${n(band.x + bandPadding)}" y="${n(band.y + bandPadding)}" width="${n(badgeWidth)}" height="${code.lineHeight}" rx="4" fill="${level}"/>`,
      textLines(
        [band.code],
        band.x + bandPadding + codeBadgePadding,
        band.y + bandPadding,
        code,
        colors.textOnAccent,
      ),
      textLines(
        band.lines,
        band.titleX,
        band.y + bandPadding,
        LAYOUT_TEXT.band,
        colors.text,
        colors.bgSubtle,
      ),
    ].join('');
  });
  const clusters = map.clusters.map(
    (cluster) =>
      `<rect data-module="${xmlText(cluster.id)}" x="${n(cluster.x)}" y="${n(cluster.y)}" width="${n(cluster.width)}" height="${n(cluster.height)}" rx="8" fill="${colors.bg}" stroke="${colors.border}"/>`,
  );
  const clusterLabels = map.clusters.map((cluster) =>
    textLines(
      cluster.lines,
      cluster.x + LAYOUT_SIZES.clusterPadding,
      cluster.y + LAYOUT_SIZES.clusterPadding - 2,
      LAYOUT_TEXT.cluster,
      colors.textMuted,
      colors.bg,
    ),
  );
  // Lines inside a module are drawn stronger than the long ones between modules and levels.
  const moduleOf = new Map(map.nodes.map((node) => [node.id, node.moduleId]));
  const [near, far] = [true, false].map((inside) =>
    map.edges
      .filter((edge) => (moduleOf.get(edge.from) === moduleOf.get(edge.to)) === inside)
      .map(
        (edge) =>
          `<path data-from="${xmlText(edge.from)}" data-to="${xmlText(edge.to)}" d="${edgePath(edge.points)}"/>`,
      ),
  ) as [string[], string[]];
  const nodes = map.nodes.map((node) =>
    topicBox(node, statusOf(progress, node.id), labels, colors, progress !== undefined),
  );
  const description = labels.description({
    levels: map.bands.length,
    topics: map.nodes.length,
    prerequisites: map.edges.length,
  });

  return [
    '<?xml version="1.0" encoding="UTF-8"?>\n',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${n(width)}" height="${n(height)}" viewBox="0 0 ${n(width)} ${n(height)}" aria-labelledby="tm-title" aria-describedby="tm-desc" lang="${xmlText(lang)}" xml:lang="${xmlText(lang)}" font-family="${xmlText(FONT_FAMILY)}">\n`,
    `<title id="tm-title">${xmlText(title)}</title>\n`,
    `<desc id="tm-desc" lang="${labels.lang}">${xmlText(description)}</desc>\n`,
    `<defs><marker id="tm-arrow" viewBox="0 0 8 8" refX="7" refY="4" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0 0L8 4L0 8z" fill="${colors.borderStrong}"/></marker></defs>\n`,
    `<rect width="100%" height="100%" fill="${colors.bg}"/>\n`,
    textLines(heading.lines, MARGIN, MARGIN, { ...HEADING, baseline: 20 }, colors.text),
    '\n',
    `<g transform="translate(${n(x0)} ${n(top)})">\n`,
    `<g>${bands.join('')}${clusters.join('')}</g>\n`,
    `<g fill="none" stroke="${colors.borderStrong}" stroke-width="1.2" marker-end="url(#tm-arrow)"><g stroke-opacity="0.45">${far.join('')}</g>${near.join('')}</g>\n`,
    `<g>${bandLabels.join('')}${clusterLabels.join('')}</g>\n`,
    `<g>${nodes.join('')}</g>\n`,
    '</g>\n',
    key.markup,
    '\n</svg>\n',
  ].join('');
}
