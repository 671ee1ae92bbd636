// How an app built on a general-purpose timeline keeps topic status: one `useState` at the top of
// the roadmap, so a change re-renders the whole roadmap (a typical app; nothing memoized). The
// checkboxes call `toggle`; the harness calls the same function through `setDone`.
import { useLayoutEffect, useState } from 'react';

type Toggle = (topicId: string, done: boolean) => void;

let current: Toggle | undefined;

/** The roadmap's done topics and the function that changes one of them. */
export function useDoneTopics(): [ReadonlySet<string>, Toggle] {
  const [done, setDone] = useState<ReadonlySet<string>>(() => new Set());
  const toggle: Toggle = (topicId, value) =>
    setDone((previous) => {
      const next = new Set(previous);
      if (value) next.add(topicId);
      else next.delete(topicId);
      return next;
    });
  useLayoutEffect(() => {
    current = toggle;
  });
  return [done, toggle];
}

/** For the harness: changes one topic through the mounted roadmap's own `toggle`. */
export const setDone: Toggle = (topicId, done) => {
  if (!current) throw new Error('setDone: the roadmap is not mounted yet');
  current(topicId, done);
};

/**
 * How the harness reads a roadmap with a checkbox per topic (inside `[data-topic-id]`): whether a
 * topic shows as done, and how many topics are drawn. For `installBench({ …, ...checkboxDom })`.
 */
export const checkboxDom = {
  shows: (container: HTMLElement, topicId: string, done: boolean) =>
    container.querySelector<HTMLInputElement>(`[data-topic-id="${topicId}"] input`)?.checked ===
    done,
  topicCount: (container: HTMLElement) =>
    container.querySelectorAll('input[type="checkbox"]').length,
};
