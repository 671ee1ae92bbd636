import { readFileSync, writeFileSync } from 'node:fs';
import { createElement as h } from 'react';
import { renderToString } from 'react-dom/server';
import { RoadmapMap } from '/work/wt/map/packages/react/dist/map.js';
import { createMemoryStore } from '/work/wt/map/packages/react/dist/index.js';
import { llmEngineer } from '@trailmark/curriculum/roadmaps/llm-engineer';
import { createProgress, setStatus } from '@trailmark/curriculum';
let p = createProgress(llmEngineer.id);
const ids = llmEngineer.levels.flatMap(l => l.modules.flatMap(m => m.topics.map(t => t.id)));
p = setStatus(p, ids[0], 'done'); p = setStatus(p, ids[1], 'in-progress'); p = setStatus(p, ids[2], 'skipped');
const css = readFileSync('/work/wt/map/packages/react/dist/map.css', 'utf8');
for (const [name, dir, theme] of [['ltr','ltr','light'],['rtl','rtl','dark']]) {
  const html = renderToString(h(RoadmapMap, { curriculum: llmEngineer, theme, defaultSelectedTopic: ids[3], store: createMemoryStore({curriculumId: llmEngineer.id, initial: p}) }));
  writeFileSync(`/tmp/mapshot/${name}.html`, `<!doctype html><html dir="${dir}"><head><meta charset="utf-8"><style>${css}</style></head><body>${html}</body></html>`);
}
