// Server rendering in plain Node ESM: no DOM, no bundler.
import { llmEngineer } from '@trailmark/curriculum/roadmaps/llm-engineer';
import { RoadmapTimeline } from '@trailmark/react';
import { RoadmapMap } from '@trailmark/react/map';
import { createElement, version } from 'react';
import { renderToString } from 'react-dom/server';
// A server-rendered page that uses the element imports the embed too: that must not throw.
import '@trailmark/embed';

if (typeof document !== 'undefined') throw new Error('expected no DOM');
const html = renderToString(
  createElement(RoadmapTimeline, { curriculum: llmEngineer, locale: 'zh-CN' }),
);
for (const title of ['AI大模型时代的华丽登场', '大模型微调与私有化部署']) {
  if (!html.includes(title)) throw new Error(`server HTML lacks "${title}"`);
}
const map = renderToString(createElement(RoadmapMap, { curriculum: llmEngineer, locale: 'zh-CN' }));
if (!map.includes('data-topic-id=') || !map.includes('AI大模型时代的华丽登场')) {
  throw new Error('server HTML of the map lacks its topics or level titles');
}
console.log(`React ${version}: rendered ${html.length} characters of HTML on the server`);
