// Trailmark: RoadmapTimeline as the README shows it, every level open so all 1,000 status menu
// buttons are rendered; progress in a memory store, changed through the store as the menu does.
// The roadmap is validated once as the page loads, before any clock starts, as an app does with a
// built-in roadmap (validated when its module loads): the timeline recognises the parsed value and
// does not validate it again. Validation is measured on its own (the parseCurriculum bench).
import '@trailmark/react/styles.css';
import { assertCurriculum, setStatus } from '@trailmark/curriculum';
import { createMemoryStore, RoadmapTimeline } from '@trailmark/react';
import { installBench, roadmap } from '../harness';

const curriculum = assertCurriculum(roadmap);
const store = createMemoryStore({ curriculumId: curriculum.id });

installBench({
  element: () => (
    <RoadmapTimeline
      curriculum={curriculum}
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
  topicCount: (container) => container.getElementsByClassName('tm-topic__status').length,
});
