import type { Module } from '@trailmark/curriculum';
import { createContext, useContext, useEffect, useState, useSyncExternalStore } from 'react';
import { flushSync } from 'react-dom';
import { whenIdle } from '../idle';

/** The topics a card shows at once when it opens: more than a tall screen holds. */
export const FIRST_SCREEN_TOPICS = 40;

/**
 * How many topics a card may render in the first render of its `RoadmapTimeline`: the timeline
 * shares one first screen's worth among its open levels in document order, so the first paint
 * costs the same for 100 topics or 10,000. Private to the package.
 */
export const FirstRenderTopicsContext = /* @__PURE__ */ createContext(FIRST_SCREEN_TOPICS);

// Each filling step aims at a task this long, well under the 50 ms of a long task; the cost of a
// topic is learned from the steps before (it falls as the code warms up).
const STEP_MS = 12;
let msPerTopic = 0.3;

/** How many modules from `from` on it takes to hold `topics` topics (all that are left at most). */
function modulesFor(modules: readonly Module[], from: number, topics: number): number {
  let count = 0;
  let held = 0;
  while (from + count < modules.length && held < topics) {
    held += modules[from + count]?.topics.length ?? 0;
    count++;
  }
  return count;
}

const noSubscription = () => () => {};
const inBrowser = () => false;
const onServer = () => true;

/**
 * How many of a level's `modules` a card renders. On the server and while hydrating: all of them,
 * so the markup holds the whole roadmap. Rendered afresh in the browser: a first screen's worth
 * at once, then the rest in steps of about 12 ms while the page is idle, so input is never held
 * up for long; all at once before printing. Also returns what to call when the learner opens the
 * card, to show its first screen in the same frame.
 */
export function useModuleFill(
  modules: readonly Module[],
  expanded: boolean,
): [shown: number, open: () => void] {
  const firstTopics = useContext(FirstRenderTopicsContext);
  const hydrating = useSyncExternalStore(noSubscription, inBrowser, onServer);
  const total = modules.length;
  const [shown, setShown] = useState(() =>
    hydrating ? Number.POSITIVE_INFINITY : modulesFor(modules, 0, firstTopics),
  );
  const filling = expanded && shown < total;

  useEffect(() => {
    if (!filling) return;
    return whenIdle(() => {
      const add = Math.max(1, modulesFor(modules, shown, STEP_MS / msPerTopic));
      const started = performance.now();
      flushSync(() => setShown(shown + add));
      let topics = 0;
      for (let index = shown; index < shown + add; index++) {
        topics += modules[index]?.topics.length ?? 0;
      }
      const took = (performance.now() - started) / topics;
      if (topics > 0) msPerTopic = Math.max(0.01, (msPerTopic + took) / 2);
    });
  }, [filling, modules, shown]);

  // Closed cards listen too: a page may open every level for print in the same event.
  const whole = shown >= total;
  useEffect(() => {
    if (whole) return;
    const all = () => flushSync(() => setShown(total));
    window.addEventListener('beforeprint', all);
    return () => window.removeEventListener('beforeprint', all);
  }, [whole, total]);

  const open = () =>
    setShown((count) => Math.max(count, modulesFor(modules, 0, FIRST_SCREEN_TOPICS)));
  return [Math.min(shown, total), open];
}
