/**
 * The app's interface strings in both languages. The curriculum's own text comes localized inside
 * the curriculum, and @trailmark/react brings the components' strings; these are the words of the
 * site around them. `{name}` marks a value filled in at render; a message that counts something
 * gives its forms as `{count, plural, one {# topic} other {# topics}}` (chosen by
 * `Intl.PluralRules`); Chinese has no plural forms, so its messages just write `{count}`.
 */
import { fillMessage, type MessageValues } from '@trailmark/curriculum/locale';
import type { Locale } from './locales';

export type { MessageValues };

const en = {
  'site.name': 'Trailmark',
  'site.tagline': 'Learning roadmaps you can follow, share and embed',
  'skip.main': 'Skip to main content',
  'nav.label': 'Main',
  'nav.roadmap': 'Roadmap',
  'nav.playground': 'Playground',
  'nav.embed': 'Embed',
  'language.label': 'Language',
  'theme.label': 'Theme',
  'theme.light': 'Light',
  'theme.dark': 'Dark',
  'theme.system': 'System',
  'footer.about':
    'Trailmark is a design system and curriculum SDK for learning roadmaps. This site is its demo.',
  'footer.privacy': 'Your progress and documents stay in this browser; nothing is sent anywhere.',

  'roadmap.progress': 'Your progress',
  'roadmap.progressSummary': '{complete} of {total} required topics complete ({hours} of study).',
  'roadmap.next': 'Next up',
  'roadmap.nextEmpty': 'Every required topic is complete. Well done!',
  'roadmap.nextIn': 'in {level}',
  'roadmap.plan': 'Study plan',
  'roadmap.planHours': 'Hours of study per week',
  'roadmap.levels': 'The levels',
  'roadmap.roles': 'Roles each level prepares you for',
  'roadmap.levelLink': 'Study {code} in depth: {title}',
  /** The level link's name for a symbol code (★), which a screen reader would read as a symbol. */
  'roadmap.levelLinkTitle': 'Study {title} in depth',
  'roadmap.estimate': 'Hours are estimates for a typical learner.',

  'progress.actions': 'Your progress file',
  'progress.export': 'Export progress',
  'progress.import': 'Import progress',
  'progress.reset': 'Reset progress',
  'progress.imported':
    'Imported the status of {count, plural, one {# topic} other {# topics}} (where this browser had a newer change, it was kept).',
  'progress.ignoredUnknown':
    'Ignored {count, plural, one {# entry for a topic} other {# entries for topics}} this roadmap does not have: {ids}.',
  'progress.ignoredBroken':
    'Skipped {count, plural, one {# entry} other {# entries}} without a valid status and date: {ids}.',
  'progress.importRefused': '{name}: {problem}. Your progress is unchanged.',
  'progress.importNoEntries':
    'Nothing was imported: {name} has no usable entries for topics of this roadmap. Your progress is unchanged.',
  'progress.resetDone': 'Progress reset. Every topic is marked not started.',
  'progress.resetTitle': 'Reset your progress?',
  'progress.resetBody':
    'This marks every topic of this roadmap as not started, in this browser. Export your progress first if you want to keep a copy.',
  'progress.resetConfirm': 'Reset progress',
  'dialog.cancel': 'Cancel',

  'level.breadcrumb': 'Breadcrumb',
  'level.pager': 'Other levels',
  'level.progress': 'Progress through {level}',
  'level.outcomes': 'After this level you can',
  'level.roles': 'Prepares you for',
  'level.modules': 'Modules and topics',
  'level.hours': 'About {hours} of study',
  'level.previous': 'Previous level: {title}',
  'level.next': 'Next level: {title}',
  'level.optional': 'Optional level',
  'level.notFoundTitle': 'No such level',
  'level.notFoundBody': 'This roadmap has no level with the id “{id}”. Its levels are:',

  'topic.in': 'In {level}, module “{module}”',
  'topic.hours': 'About {hours} of study',
  'topic.optional': 'Optional topic',
  'topic.status': 'Your status',
  'topic.map': 'Where it sits in {level}',
  'topic.resources': 'Resources',
  'topic.skills': 'Skills',
  'topic.prerequisites': 'Prerequisites',
  'topic.prerequisitesNone': 'None: you can start here.',
  'topic.dependents': 'What it unlocks',
  'topic.dependentsNone': 'No other topic builds on this one.',
  'topic.pager': 'Other topics',
  'topic.previous': 'Previous topic: {title}',
  'topic.next': 'Next topic: {title}',
  'topic.notFoundTitle': 'No such topic',
  'topic.notFoundBody': 'This roadmap has no topic with the id “{id}”. Its levels are:',
  'roadmap.nextPages': 'Read more:',

  'view.label': 'View',
  'view.timeline': 'Timeline',
  'view.map': 'Map',
  'map.title': 'Map of the {title}',
  'map.levelTitle': 'Map of {level}',
  'map.description':
    'The {title} as a map: every level, module and topic with the prerequisites between them, and your progress. Pan, zoom and open any topic.',
  'map.intro':
    'Drag or use the arrow keys to move around; select a topic to see its details and set its status. The timeline shows the same topics as a list.',
  'map.download': 'Download the map (SVG)',
  'map.downloadLevel': 'Download the map of {level} (SVG)',
  'map.downloadProgress': 'Show my progress on it',
  'map.downloadFailed': 'The map could not be made: {reason}',

  'notFound.title': 'Page not found',
  'notFound.body': 'There is no page at this address. It may have moved, or the link has a typo.',
  'notFound.home': 'Go to the roadmap',

  'playground.title': 'Playground',
  'playground.description':
    'Write a curriculum in JSON or YAML, see every validation issue with its path, and preview the roadmap as you type.',
  'playground.intro':
    'Paste, type or upload a curriculum in JSON or YAML, or start from the LLM engineer roadmap. Fields are completed and explained as you type, and every issue is marked where it is; click one in the list to jump to it. The document is kept in this browser.',
  'playground.editor': 'Curriculum document (JSON or YAML)',
  'playground.upload': 'Upload a file',
  'playground.starter': 'Load the starter document',
  'playground.replaceTitle': 'Replace the document?',
  'playground.replaceBody':
    'The editor’s current text will be replaced by the starter document. To get it back, undo in the editor (Ctrl+Z or ⌘Z).',
  'playground.fork': 'Start from the LLM engineer roadmap',
  'playground.forkBody':
    'The editor’s current text will be replaced by the LLM engineer roadmap in YAML, with notes on the format at the top. To get your text back, undo in the editor (Ctrl+Z or ⌘Z).',
  'playground.keys':
    'Tab indents. To move on from the editor with the keyboard, press Escape, then Tab. Ctrl+Space suggests fields and ids.',
  'playground.downloadYaml': 'Download .yaml',
  'playground.downloadJson': 'Download .json',
  'playground.downloadBlocked':
    'The document has syntax errors, so it can be downloaded only as it is written ({format}).',
  'playground.share': 'Copy a link',
  'playground.shareCopied':
    'Link copied. It holds the whole document (nothing is sent to a server), so anyone who opens it sees this text.',
  'playground.shareManual': 'Copy this link (the browser did not allow copying it for you):',
  'playground.shareLink': 'Link to this document',
  'playground.shareTooLong':
    'This document is too long for a link ({length} characters; links stay under {limit} to open in every browser). Download it instead and share the file.',
  'playground.sharedOpened':
    'Opened the document from the link. The text you had before is one undo away in the editor (Ctrl+Z or ⌘Z).',
  'playground.sharedDamaged':
    'The link’s document could not be opened: the link is damaged (cut short or changed). Your document is unchanged; ask for the link again, or for the file.',
  'playground.replaceConfirm': 'Replace',
  'playground.format': 'Read as {format}',
  'playground.lines': '{count, plural, one {# line} other {# lines}}',
  'playground.syntaxErrors': 'Syntax errors',
  'playground.issues': 'Validation issues',
  'playground.issueCount': '{count, plural, one {# issue} other {# issues}}',
  'playground.valid': 'No issues: this is a valid curriculum.',
  'playground.empty':
    'The document is empty. Type, paste or upload a curriculum, or load the starter.',
  'playground.position': 'line {line}, column {column}',
  'playground.root': '(document root)',
  'playground.preview': 'Preview',
  'playground.previewStale': 'Showing the last valid version while the document has issues.',
  'playground.previewNone': 'The preview appears once the document is a valid curriculum.',
  'playground.uploadFailed': 'Could not read {name}: {reason}',
  'playground.tooLarge': 'the file is larger than 2 MB',

  'embed.title': 'Embed a roadmap',
  'embed.description':
    'Put a learning roadmap on any website with one script tag or an iframe: choose the roadmap, language, theme and layout, then copy the snippet.',
  'embed.intro':
    'Put a roadmap on any page, with no React and no build step. Choose the options, check the preview, and copy a snippet.',
  'embed.options': 'Options',
  'embed.roadmap': 'Roadmap',
  'embed.locale': 'Language of the roadmap',
  'embed.theme': 'Theme',
  'embed.themeAuto': 'Follow the visitor’s system',
  'embed.view': 'View',
  'embed.viewTimeline': 'Timeline (a list of levels)',
  'embed.viewMap': 'Map (pan and zoom; its script loads only for this view)',
  'embed.orientation': 'Layout',
  'embed.vertical': 'Vertical',
  'embed.horizontal': 'Horizontal',
  'embed.orientationAuto': 'Adapt to the width',
  'embed.expanded': 'Levels open at first',
  'embed.expandedCurrent': "The learner's current level",
  'embed.expandedNone': 'None (shortest)',
  'embed.expandedAll': 'All',
  'embed.readOnly': 'Read-only (no status controls)',
  'embed.headingLevel': 'Heading level of the level titles',
  'embed.preview': 'Live preview',
  'embed.previewNote': 'This is the real <trailmark-roadmap> element, loaded from this site.',
  'embed.scriptTitle': 'Script tag and custom element',
  'embed.scriptNote':
    'The element renders inside Shadow DOM: your page’s CSS cannot break it, and its CSS cannot leak out. The text between the tags is what visitors without JavaScript (and crawlers) see.',
  'embed.iframeTitle': 'Iframe',
  'embed.iframeNote':
    'The iframe shows the timeline alone. It has a fixed height and scrolls; to make it grow with its content, add the listener below to your page.',
  'embed.resizeTitle': 'Optional: let the iframe resize itself',
  'embed.resizeNote':
    'The frame posts its content height to your page ({ type: "trailmark:resize", height }). This listener, placed once on your page, applies it to every Trailmark iframe, and accepts messages from this site only.',
  'embed.scriptWhat': 'the script-tag snippet',
  'embed.iframeWhat': 'the iframe snippet',
  'embed.resizeWhat': 'the resize listener',
  'embed.copy': 'Copy {what}',
  'embed.copied': 'Copied to the clipboard.',
  'embed.copyFailed': 'Copying failed; select the text and copy it by hand.',
  'embed.fallbackText': 'View the {title}',

  'frame.unknownRoadmap': 'There is no built-in roadmap “{id}”.',
  'frame.loading': 'Loading the roadmap…',
} as const;

/** A key of the app's interface strings. */
export type MessageKey = keyof typeof en;

type Messages = Record<MessageKey, string>;

const zhCN: Messages = {
  'site.name': 'Trailmark',
  'site.tagline': '可以跟着学、分享和嵌入的学习路线图',
  'skip.main': '跳到主要内容',
  'nav.label': '主导航',
  'nav.roadmap': '路线图',
  'nav.playground': '演练场',
  'nav.embed': '嵌入',
  'language.label': '语言',
  'theme.label': '主题',
  'theme.light': '浅色',
  'theme.dark': '深色',
  'theme.system': '跟随系统',
  'footer.about': 'Trailmark 是一套面向学习路线图的设计系统和课程 SDK，本站是它的演示。',
  'footer.privacy': '你的进度和文档只保存在本浏览器中，不会发送到任何地方。',

  'roadmap.progress': '你的进度',
  'roadmap.progressSummary': '必修主题已完成 {complete} / {total}（学习时长 {hours}）。',
  'roadmap.next': '接下来学',
  'roadmap.nextEmpty': '所有必修主题都已完成，恭喜！',
  'roadmap.nextIn': '属于 {level}',
  'roadmap.plan': '学习计划',
  'roadmap.planHours': '每周学习小时数',
  'roadmap.levels': '各个级别',
  'roadmap.roles': '每个级别对应的岗位',
  'roadmap.levelLink': '深入学习 {code}：{title}',
  'roadmap.levelLinkTitle': '深入学习{title}',
  'roadmap.estimate': '学习时长是按一般学习者估算的。',

  'progress.actions': '进度文件',
  'progress.export': '导出进度',
  'progress.import': '导入进度',
  'progress.reset': '重置进度',
  'progress.imported': '已导入 {count} 个主题的状态（本浏览器中较新的修改会保留）。',
  'progress.ignoredUnknown': '忽略了 {count} 个本路线图中没有的主题的条目：{ids}。',
  'progress.ignoredBroken': '跳过了 {count} 个缺少有效状态或日期的条目：{ids}。',
  'progress.importRefused': '{name}：{problem}。你的进度没有改变。',
  'progress.importNoEntries':
    '没有导入任何内容：{name} 中没有本路线图主题的可用条目。你的进度没有改变。',
  'progress.resetDone': '进度已重置，所有主题都标记为未开始。',
  'progress.resetTitle': '要重置进度吗？',
  'progress.resetBody':
    '这会把本浏览器中这条路线图的所有主题标记为未开始。如果想保留一份，请先导出进度。',
  'progress.resetConfirm': '重置进度',
  'dialog.cancel': '取消',

  'level.breadcrumb': '面包屑导航',
  'level.pager': '其他级别',
  'level.progress': '{level} 的进度',
  'level.outcomes': '学完本级别后，你能够',
  'level.roles': '可胜任的岗位',
  'level.modules': '模块与主题',
  'level.hours': '约 {hours} 学习时长',
  'level.previous': '上一级：{title}',
  'level.next': '下一级：{title}',
  'level.optional': '选修级别',
  'level.notFoundTitle': '没有这个级别',
  'level.notFoundBody': '这条路线图中没有 id 为“{id}”的级别。它的级别有：',

  'topic.in': '属于 {level} 的“{module}”模块',
  'topic.hours': '约 {hours} 学习时长',
  'topic.optional': '选修主题',
  'topic.status': '你的状态',
  'topic.map': '它在 {level} 中的位置',
  'topic.resources': '学习资源',
  'topic.skills': '技能',
  'topic.prerequisites': '前置主题',
  'topic.prerequisitesNone': '无：可以从这里开始。',
  'topic.dependents': '学完后可以学',
  'topic.dependentsNone': '没有其他主题以它为前置。',
  'topic.pager': '其他主题',
  'topic.previous': '上一个主题：{title}',
  'topic.next': '下一个主题：{title}',
  'topic.notFoundTitle': '没有这个主题',
  'topic.notFoundBody': '这条路线图中没有 id 为“{id}”的主题。它的级别有：',
  'roadmap.nextPages': '详细了解：',

  'view.label': '视图',
  'view.timeline': '时间线',
  'view.map': '地图',
  'map.title': '{title}地图',
  'map.levelTitle': '{level} 地图',
  'map.description':
    '以地图形式查看{title}：每个级别、模块和主题，以及它们之间的前置关系和你的进度。可平移、缩放并打开任意主题。',
  'map.intro':
    '拖动或用方向键移动；选中一个主题可以查看详情并设置状态。时间线以列表形式展示同样的主题。',
  'map.download': '下载路线图（SVG）',
  'map.downloadLevel': '下载 {level} 的路线图（SVG）',
  'map.downloadProgress': '在图上显示我的进度',
  'map.downloadFailed': '无法生成路线图：{reason}',

  'notFound.title': '页面不存在',
  'notFound.body': '这个地址没有页面。页面可能已经移动，或者链接有拼写错误。',
  'notFound.home': '前往路线图',

  'playground.title': '演练场',
  'playground.description':
    '用 JSON 或 YAML 编写课程，查看每个校验问题及其路径，边写边预览路线图。',
  'playground.intro':
    '粘贴、输入或上传 JSON 或 YAML 格式的课程。输入时会按 Trailmark 的数据模式校验；点击问题可跳到文本中对应的位置。文档保存在本浏览器中。',
  'playground.editor': '课程文档（JSON 或 YAML）',
  'playground.upload': '上传文件',
  'playground.starter': '载入示例文档',
  'playground.replaceTitle': '要替换文档吗？',
  'playground.replaceBody':
    '编辑器中的当前文本将被示例文档替换。要找回原文，在编辑器中撤销（Ctrl+Z 或 ⌘Z）。',
  'playground.fork': '从大模型工程师路线开始',
  'playground.forkBody':
    '编辑器中的当前文本将被大模型工程师路线（YAML，开头附有格式说明）替换。要找回原文，在编辑器中撤销（Ctrl+Z 或 ⌘Z）。',
  'playground.keys':
    'Tab 键用于缩进。用键盘离开编辑器：先按 Esc，再按 Tab。Ctrl+空格 提示字段和 id。',
  'playground.downloadYaml': '下载 .yaml',
  'playground.downloadJson': '下载 .json',
  'playground.downloadBlocked': '文档有语法错误，只能按原格式（{format}）下载。',
  'playground.share': '复制链接',
  'playground.shareCopied':
    '链接已复制。链接里包含整个文档（不会发送到服务器），打开它的人都能看到这份文本。',
  'playground.shareManual': '请复制这个链接（浏览器不允许自动复制）：',
  'playground.shareLink': '本文档的链接',
  'playground.shareTooLong':
    '文档太长，无法放进链接（{length} 个字符；为了在所有浏览器中都能打开，链接不超过 {limit} 个字符）。请下载文件后分享。',
  'playground.sharedOpened':
    '已打开链接中的文档。之前的文本可以在编辑器中撤销找回（Ctrl+Z 或 ⌘Z）。',
  'playground.sharedDamaged':
    '无法打开链接中的文档：链接已损坏（被截断或被改动）。你的文档没有改变；请重新索取链接或文件。',
  'playground.replaceConfirm': '替换',
  'playground.format': '按 {format} 解析',
  'playground.lines': '{count} 行',
  'playground.syntaxErrors': '语法错误',
  'playground.issues': '校验问题',
  'playground.issueCount': '{count} 个问题',
  'playground.valid': '没有问题：这是一份有效的课程。',
  'playground.empty': '文档是空的。请输入、粘贴或上传一份课程，或载入示例文档。',
  'playground.position': '第 {line} 行，第 {column} 列',
  'playground.root': '（文档根）',
  'playground.preview': '预览',
  'playground.previewStale': '文档有问题，这里显示的是最后一个有效版本。',
  'playground.previewNone': '文档成为有效课程后，这里会显示预览。',
  'playground.uploadFailed': '无法读取 {name}：{reason}',
  'playground.tooLarge': '文件大于 2 MB',

  'embed.title': '嵌入路线图',
  'embed.description':
    '只需一个 script 标签或一个 iframe，就能把学习路线图放到任何网站：选择路线图、语言、主题和布局，然后复制代码。',
  'embed.intro':
    '把路线图放到任何页面上，不需要 React，也不需要构建步骤。选好选项，看看预览，然后复制代码。',
  'embed.options': '选项',
  'embed.roadmap': '路线图',
  'embed.locale': '路线图的语言',
  'embed.theme': '主题',
  'embed.themeAuto': '跟随访客的系统',
  'embed.view': '视图',
  'embed.viewTimeline': '时间线（按级别列出）',
  'embed.viewMap': '地图（可平移缩放；只有选这个视图才加载它的脚本）',
  'embed.orientation': '布局',
  'embed.vertical': '纵向',
  'embed.horizontal': '横向',
  'embed.orientationAuto': '随宽度自适应',
  'embed.expanded': '初始展开的阶段',
  'embed.expandedCurrent': '学习者当前所在阶段',
  'embed.expandedNone': '全部收起（最短）',
  'embed.expandedAll': '全部展开',
  'embed.readOnly': '只读（不显示状态控件）',
  'embed.headingLevel': '阶段标题的标题级别',
  'embed.preview': '实时预览',
  'embed.previewNote': '这是真实的 <trailmark-roadmap> 元素，从本站加载。',
  'embed.scriptTitle': 'script 标签和自定义元素',
  'embed.scriptNote':
    '元素在 Shadow DOM 中渲染：你页面的 CSS 不会破坏它，它的 CSS 也不会泄漏出来。标签之间的文字是给没有 JavaScript 的访客（和搜索引擎）看的。',
  'embed.iframeTitle': 'iframe',
  'embed.iframeNote':
    'iframe 只显示时间线。它的高度固定，内容可滚动；如果想让它随内容变高，请在你的页面中加入下面的监听代码。',
  'embed.resizeTitle': '可选：让 iframe 自动调整高度',
  'embed.resizeNote':
    '框架会把内容高度发送给你的页面（{ type: "trailmark:resize", height }）。把这段监听代码放在你的页面上一次，它就会应用到每个 Trailmark iframe，并且只接受来自本站的消息。',
  'embed.scriptWhat': ' script 标签代码',
  'embed.iframeWhat': ' iframe 代码',
  'embed.resizeWhat': '监听代码',
  'embed.copy': '复制{what}',
  'embed.copied': '已复制到剪贴板。',
  'embed.copyFailed': '复制失败，请手动选中文本并复制。',
  'embed.fallbackText': '查看{title}',

  'frame.unknownRoadmap': '没有名为“{id}”的内置路线图。',
  'frame.loading': '正在加载路线图…',
};

/** The app's interface strings, by locale. */
export const MESSAGES: Readonly<Record<Locale, Messages>> = { en, 'zh-CN': zhCN };

/**
 * An interface string of a locale with its placeholders filled and its plural forms chosen
 * (`fillMessage` of `@trailmark/curriculum/locale`, the one the components use).
 * @example translate('en', 'playground.issueCount', { count: 1 }) // '1 issue'
 * @example translate('zh-CN', 'playground.issueCount', { count: 2 }) // '2 个问题'
 */
export function translate(locale: Locale, key: MessageKey, values?: MessageValues): string {
  return fillMessage(MESSAGES[locale][key], values, locale);
}
