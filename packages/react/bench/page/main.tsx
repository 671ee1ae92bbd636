// The benchmark page: RoadmapTimeline with a generated 1,000-topic curriculum, every level
// expanded and every topic's status control rendered. bench/run.js drives it from Chromium.
import { parseCurriculum, setStatus, type TopicStatus } from '@trailmark/curriculum';
import '@trailmark/react/styles.css';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
// The source, bundled by Vite in production mode: the same code as dist/index.js, and typecheck
// does not have to wait for a build.
import { createMemoryStore, type ProgressStore, RoadmapTimeline } from '../../src/index';
import { generateCurriculum } from '../../src/test-fixtures/generate';

const container = document.getElementById('root') as HTMLElement;
let root: Root | undefined;
let store: ProgressStore | undefined;

/** Mounts the timeline from scratch; times parse + render + commit, then style and layout. */
function firstRender() {
  root?.unmount();
  // A new object each run, so the provider's parse cache cannot help.
  const curriculum = generateCurriculum({ levels: 5, topics: 1000 });
  store = createMemoryStore({ curriculumId: curriculum.id });
  root = createRoot(container);
  const start = performance.now();
  flushSync(() =>
    root?.render(
      <RoadmapTimeline
        curriculum={curriculum}
        store={store}
        orientation="vertical"
        defaultExpandedLevels="all"
      />,
    ),
  );
  const committed = performance.now();
  container.getBoundingClientRect();
  const laidOut = performance.now();
  return {
    commit: committed - start,
    total: laidOut - start,
    controls: container.querySelectorAll('[data-tm-action="status"]').length,
    elements: container.querySelectorAll('*').length,
  };
}

/** Changes one topic's status; times the re-render, commit and layout. */
function update(topicId: string, status: TopicStatus) {
  const current = store as ProgressStore;
  const start = performance.now();
  flushSync(() => current.set(setStatus(current.get(), topicId, status)));
  const committed = performance.now();
  container.getBoundingClientRect();
  const laidOut = performance.now();
  const row = container.querySelector(`[data-topic-id="${topicId}"]`);
  return {
    commit: committed - start,
    total: laidOut - start,
    applied: row?.getAttribute('data-status') === status,
  };
}

/** parseCurriculum alone on a fresh 1,000-topic document, for the breakdown. */
function parse() {
  const curriculum = generateCurriculum({ levels: 5, topics: 1000 });
  const start = performance.now();
  const ok = parseCurriculum(curriculum).ok;
  return { total: performance.now() - start, ok };
}

Object.assign(window, { bench: { firstRender, update, parse } });
