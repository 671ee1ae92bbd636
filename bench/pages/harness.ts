// The in-page half of the benchmark, shared by every subject page: it owns the React root and
// the clock, so every subject is mounted, updated and timed the same way. run.js drives it.
import type { ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { generateRoadmap } from '../data/generate.js';

/** What a subject page gives the harness. */
export interface Subject {
  /** The element to mount: the whole roadmap, every topic's status control (or text) rendered. */
  element: () => ReactNode;
  /** Sets one topic done or not done, synchronously, the way the page's own control would. */
  setDone: (topicId: string, done: boolean) => void;
  /** Whether the DOM now shows `topicId` as done (or as not done). */
  shows: (container: HTMLElement, topicId: string, done: boolean) => boolean;
  /** How many topics the DOM shows (status controls, or text lines where there are none). */
  topicCount: (container: HTMLElement) => number;
}

/**
 * One timed piece of work: `commit` ends when React has committed, `firstPaint` after the first
 * frame, `paint` after the first frame that shows all of it (the same frame for a page that builds
 * everything at once).
 */
export interface Timing {
  commit: number;
  firstPaint: number;
  paint: number;
}

/** A main-thread task of 50 ms or more (Long Tasks API), in ms after the mount began. */
export interface LongTask {
  start: number;
  duration: number;
}

/** The API run.js calls through `page.evaluate`. */
export interface BenchApi {
  mount: () => Promise<Timing>;
  update: (topicId: string, done: boolean) => Promise<Timing>;
  settle: () => Promise<{ lastChange: number; longTasks: LongTask[] }>;
  stats: () => { elements: number; topics: number };
}

declare global {
  interface Window {
    bench?: BenchApi;
  }
}

/** The benchmark roadmap (`?topics=` in the address, else 1,000): generated at load, before any clock starts. */
export const roadmap = generateRoadmap({
  topics: Number(new URLSearchParams(location.search).get('topics') ?? 1000),
});

const topicTotal = roadmap.levels.reduce(
  (sum, level) =>
    sum + level.modules.reduce((inLevel, module) => inLevel + module.topics.length, 0),
  0,
);

/**
 * Runs `action` at the start of a frame and resolves after that frame is rendered: the work runs
 * inside a requestAnimationFrame callback, so style, layout and paint of the same frame follow it
 * at once, and a task posted from the callback runs only after the frame's rendering step. No
 * waiting for vsync is counted.
 */
function timeToPaint(action: () => void, shown: () => boolean): Promise<Timing> {
  return new Promise((resolve, reject) => {
    requestAnimationFrame(() => {
      const start = performance.now();
      action();
      const committed = performance.now();
      let firstPaint = 0;
      // A library that applies the change later (in an effect, a timer, in steps) is timed to the
      // first frame that shows it all.
      const check = () => {
        const now = performance.now();
        firstPaint ||= now - start;
        if (shown()) resolve({ commit: committed - start, firstPaint, paint: now - start });
        else if (now - start > 30_000) reject(new Error('the change did not show within 30 s'));
        else requestAnimationFrame(() => setTimeout(check, 0));
      };
      setTimeout(check, 0);
    });
  });
}

/** Installs `window.bench` for one subject. */
export function installBench(subject: Subject): void {
  const container = document.getElementById('root') as HTMLElement;
  let root: Root | undefined;
  let mountedAt = 0;
  // DOM changes after the first commit (a library finishing its render in effects or timers).
  let lastChange = 0;
  const observer = new MutationObserver(() => {
    lastChange = performance.now() - mountedAt;
  });
  const longTasks: LongTask[] = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      longTasks.push({ start: entry.startTime - mountedAt, duration: entry.duration });
    }
  }).observe({ type: 'longtask' });

  window.bench = {
    // Mounts the roadmap; a second call unmounts it first and lets that frame paint, untimed.
    mount: async () => {
      if (root) {
        root.unmount();
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      }
      lastChange = 0;
      longTasks.length = 0;
      return timeToPaint(
        () => {
          mountedAt = performance.now();
          root = createRoot(container);
          flushSync(() => root?.render(subject.element()));
          observer.observe(document, { subtree: true, childList: true, attributes: true });
        },
        () => subject.topicCount(container) >= topicTotal,
      );
    },
    update: (topicId, done) => {
      observer.disconnect();
      return timeToPaint(
        () => flushSync(() => subject.setDone(topicId, done)),
        () => subject.shows(container, topicId, done),
      );
    },
    // Resolves once the DOM has been quiet for 300 ms (or 10 s after mount at most), with the time
    // of its last change in ms after mount began (0: nothing changed after the first commit) and
    // the long tasks since the mount began.
    settle: () =>
      new Promise((resolve) => {
        const poll = () => {
          const now = performance.now() - mountedAt;
          if (now - lastChange >= 300 || now >= 10_000) {
            observer.disconnect();
            resolve({ lastChange, longTasks: [...longTasks] });
          } else setTimeout(poll, 50);
        };
        poll();
      }),
    stats: () => ({
      elements: document.getElementsByTagName('*').length,
      topics: subject.topicCount(container),
    }),
  };
}
