// react-chrono: one item per level (code as the title, level title, progress and summary on the
// card), the level's topics as plain-text lines of the card with a ☑/☐ mark for their status.
// react-chrono has no status control, so this subject renders text only.
import 'react-chrono/dist/style.css';
import { Chrono } from 'react-chrono';
import { installBench, roadmap } from '../harness';
import { setDone, useDoneTopics } from '../peer-state';

const mark = (done: boolean) => (done ? '☑' : '☐');

function Roadmap() {
  const [done] = useDoneTopics();
  const items = roadmap.levels.map((level) => {
    const topics = level.modules.flatMap((module) => module.topics);
    const complete = topics.filter((topic) => done.has(topic.id)).length;
    return {
      title: level.code,
      // react-chrono 3.3.3 notices a changed item only by its id, date, title and card title, so
      // the level's progress in the card title is what makes a status change show.
      cardTitle: `${level.title.en} · ${complete}/${topics.length} done`,
      cardSubtitle: level.summary.en,
      cardDetailedText: topics.map((topic) => `${mark(done.has(topic.id))} ${topic.title.en}`),
    };
  });
  // 3.3.3 maps only the upper-case mode names: `mode="vertical"` falls back to alternating.
  return <Chrono items={items} mode="VERTICAL" />;
}

const titleOf = new Map(
  roadmap.levels.flatMap((level) =>
    level.modules.flatMap((module) => module.topics.map((topic) => [topic.id, topic.title.en])),
  ),
);

installBench({
  element: () => <Roadmap />,
  setDone,
  shows: (container, topicId, done) =>
    (container.textContent ?? '').includes(`${mark(done)} ${titleOf.get(topicId)}`),
  topicCount: (container) => {
    const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
    let count = 0;
    while (walker.nextNode()) if (/^[☑☐] /.test(walker.currentNode.nodeValue ?? '')) count++;
    return count;
  },
});
