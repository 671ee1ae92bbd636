// The map from `@trailmark/react/map`, rendered to HTML as a server would (no saved progress), then
// hydrated with saved progress: every React error or warning meanwhile lands in
// window.__mapHydration for the consumer test to check (none are expected).
import '@trailmark/react/map.css';
import { createProgress, setStatus } from '@trailmark/curriculum';
import { llmEngineer } from '@trailmark/curriculum/roadmaps/llm-engineer';
import { createMemoryStore } from '@trailmark/react';
import { RoadmapMap } from '@trailmark/react/map';
import { version } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';

const first = llmEngineer.levels[0].modules[0].topics[0].id;
const app = (store) => (
  <RoadmapMap curriculum={llmEngineer} locale="en" store={store} defaultSelectedTopic={first} />
);
const root = document.getElementById('root');
root.innerHTML = renderToString(app(createMemoryStore({ curriculumId: llmEngineer.id })));
const errors = [];
const report = console.error;
console.error = (...args) => errors.push(args.map(String).join(' '));
const saved = setStatus(createProgress(llmEngineer.id), first, 'done');
hydrateRoot(root, app(createMemoryStore({ curriculumId: llmEngineer.id, initial: saved })), {
  onRecoverableError: (error) => errors.push(`recoverable: ${error}`),
});
// Hydration and the effects after it are done once the saved status shows.
const done = () => document.querySelector(`[data-topic-id="${first}"][data-status="done"]`);
const wait = setInterval(() => {
  if (!done()) return;
  clearInterval(wait);
  console.error = report;
  window.__mapHydration = { version, errors };
}, 20);
