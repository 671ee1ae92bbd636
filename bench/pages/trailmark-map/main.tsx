// Trailmark: RoadmapMap as its README shows it, the whole roadmap as one map; progress in a memory
// store, changed through the store as the details' status menu does. The map lays the roadmap out
// (layoutRoadmap) while it renders, so the timed first render includes the layout. The roadmap is
// validated as the page loads, before any clock starts, as on the timeline's page.
import '@trailmark/react/styles.css';
import '@trailmark/react/map.css';
import { assertCurriculum, setStatus } from '@trailmark/curriculum';
import { createMemoryStore } from '@trailmark/react';
import { RoadmapMap } from '@trailmark/react/map';
import { installBench, roadmap } from '../harness';

const curriculum = assertCurriculum(roadmap);
const store = createMemoryStore({ curriculumId: curriculum.id });

installBench({
  element: () => <RoadmapMap curriculum={curriculum} store={store} />,
  setDone: (topicId, done) =>
    store.set(setStatus(store.get(), topicId, done ? 'done' : 'not-started')),
  shows: (container, topicId, done) =>
    container
      .querySelector(`.tm-map__node[data-topic-id="${topicId}"]`)
      ?.getAttribute('data-status') === (done ? 'done' : 'not-started'),
  topicCount: (container) => container.getElementsByClassName('tm-map__node').length,
});
