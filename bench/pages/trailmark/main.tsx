// Trailmark: RoadmapTimeline as the README shows it, every level open so all 1,000 status menu
// buttons are rendered; progress in a memory store, changed through the store as the menu does.
import '@trailmark/react/styles.css';
import { setStatus } from '@trailmark/curriculum';
import { createMemoryStore, RoadmapTimeline } from '@trailmark/react';
import { installBench, roadmap } from '../harness';

const store = createMemoryStore(roadmap.id);

installBench({
  element: () => (
    <RoadmapTimeline
      curriculum={roadmap}
      store={store}
      orientation="vertical"
      defaultExpandedLevels="all"
    />
  ),
  setDone: (topicId, done) =>
    store.set(setStatus(store.get(), topicId, done ? 'done' : 'not-started')),
  shows: (container, topicId, done) =>
    container.querySelector(`[data-topic-id="${topicId}"]`)?.getAttribute('data-status') ===
    (done ? 'done' : 'not-started'),
  topicCount: (container) => container.querySelectorAll('[data-tm-action="status"]').length,
});
