/**
 * The built-in words of `RoadmapMap`, in English and Chinese, beside the other tables but in a
 * module of their own: only `@trailmark/react/map` imports it, so the main entry stays as small.
 */
import { uiLocaleFor } from '@trailmark/curriculum/locale';
import type { MapMessages, SharedMessages } from './messages';

/** The map's English words. */
export const mapEn: MapMessages = {
  'map.label': '{title}: map',
  'map.description':
    'Topics are placed by level and module, with a line from each prerequisite to the topic that needs it. Arrow keys move between topics, [ and ] jump to prerequisites and dependents, Enter shows details, Escape closes them, + and − zoom, 0 shows the whole map. The timeline lists the same topics.',
  'map.topic':
    '{title}, {status}{missing, plural, =0 {} one {, # prerequisite missing} other {, # prerequisites missing}}',
  'map.view': 'Map view',
  'map.zoomIn': 'Zoom in',
  'map.zoomOut': 'Zoom out',
  'map.fit': 'Show the whole map',
  'map.timeline': 'Show as a list',
  'map.close': 'Close details',
  'map.dependents': 'Unlocks',
  'map.topicPage': 'Open the page of {title}',
  'map.unknownLevel': 'This roadmap has no level "{level}".',
};

/** The map's Simplified Chinese words. */
export const mapZhCN: MapMessages = {
  'map.label': '{title}：全景图',
  'map.description':
    '主题按阶段和模块排列，连线从前置知识指向需要它的主题。方向键在主题间移动，[ 和 ] 跳到前置知识和后续主题，Enter 显示详情，Esc 关闭详情，+ 和 − 缩放，0 显示全图。时间线以列表形式列出相同的主题。',
  'map.topic': '{title}，{status}{missing, plural, =0 {} other {，缺少 # 项前置知识}}',
  'map.view': '视图',
  'map.zoomIn': '放大',
  'map.zoomOut': '缩小',
  'map.fit': '显示全图',
  'map.timeline': '以列表显示',
  'map.close': '关闭详情',
  'map.dependents': '可解锁',
  'map.topicPage': '打开“{title}”页面',
  'map.unknownLevel': '此路线图没有阶段“{level}”。',
};

const withMap = /* @__PURE__ */ new WeakMap<SharedMessages, SharedMessages & MapMessages>();

/**
 * The provider's resolved messages with the map's words of `locale` added under them: overrides
 * of `map.*` keys given to the provider are already in `messages` (resolved from the same
 * `messages` prop), so they win. Cached per messages object.
 */
export function withMapMessages(
  locale: string,
  messages: SharedMessages,
): SharedMessages & MapMessages {
  let result = withMap.get(messages);
  if (!result) {
    result = { ...(uiLocaleFor(locale) === 'zh-CN' ? mapZhCN : mapEn), ...messages };
    withMap.set(messages, result);
  }
  return result;
}
