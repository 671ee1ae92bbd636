/**
 * The words the map adds around the curriculum's own texts, in English and Chinese: status names,
 * "optional" and the separator come from the shared labels (`@trailmark/curriculum/locale`); the
 * legend's line entry and the description for assistive technology are the map's own.
 */
import { enLabels, uiLocaleFor, zhCNLabels } from '../locale/labels.js';
import { fillMessage } from '../locale/message.js';
import type { TopicStatus } from '../schema.js';

/** The words of one language. */
export interface SvgLabels {
  /** BCP 47 tag of these words, for their `lang` attribute. */
  lang: string;
  /** Names of topic statuses, for the legend and each topic's tooltip. */
  status: Record<TopicStatus, string>;
  /** Marks optional topics in the legend and in a topic's tooltip. */
  optional: string;
  /** Legend entry of the lines. */
  prerequisite: string;
  /** Joins a topic's title and its status or "optional" in its tooltip. */
  separator: string;
  /** The `<desc>` of the map. */
  description(counts: { levels: number; topics: number; prerequisites: number }): string;
}

/** English and Chinese words of the map. */
export const SVG_LABELS: Readonly<Record<'en' | 'zh-CN', SvgLabels>> = {
  en: {
    lang: 'en',
    status: enLabels.statuses,
    optional: enLabels.optional,
    prerequisite: 'Prerequisite → topic',
    separator: enLabels.separator,
    description: (counts) =>
      fillMessage(
        'A map of the roadmap: {levels, plural, one {# level} other {# levels}} as bands, their modules as boxes of {topics, plural, one {# topic} other {# topics}}, and {prerequisites, plural, one {# line} other {# lines}} from each prerequisite to the topic that needs it.',
        counts,
        'en',
      ),
  },
  'zh-CN': {
    lang: 'zh-CN',
    status: zhCNLabels.statuses,
    optional: zhCNLabels.optional,
    prerequisite: `${zhCNLabels.prerequisites} → 主题`,
    separator: zhCNLabels.separator,
    description: (counts) =>
      fillMessage(
        '路线图的全景图：{levels} 个阶段按顺序排列，各阶段的模块中共有 {topics} 个主题；{prerequisites} 条连线从前置知识指向需要它的主题。',
        counts,
        'zh-CN',
      ),
  },
};

/** The words for `locale`: Chinese for any `zh` tag, English for everything else. */
export function svgLabels(locale: string): SvgLabels {
  return SVG_LABELS[uiLocaleFor(locale)];
}
