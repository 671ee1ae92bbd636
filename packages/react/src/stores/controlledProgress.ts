import type { Progress } from '@trailmark/curriculum';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { ProgressStore } from './ProgressStore';

// useLayoutEffect warns during server rendering in React 18; on the server there is nothing to
// notify anyway.
const useClientLayoutEffect = typeof document === 'undefined' ? useEffect : useLayoutEffect;

/**
 * The store behind `CurriculumProvider`'s `progress` / `onProgressChange` pair: `get()` is the
 * `progress` prop, `set()` only asks the owner (calls `onProgressChange`), and a new prop notifies
 * the components before the browser paints. `undefined` when `progress` is not given.
 */
export function useControlledProgress(
  progress: Progress | undefined,
  onProgressChange: ((progress: Progress) => void) | undefined,
): ProgressStore | undefined {
  const handler = useRef(onProgressChange);
  handler.current = onProgressChange;
  const [store] = useState(() => {
    const listeners = new Set<() => void>();
    const state = { progress };
    return {
      state,
      notify(next: Progress | undefined) {
        if (next === state.progress) return;
        state.progress = next;
        for (const listener of [...listeners]) listener();
      },
      get: () => state.progress as Progress,
      set: (next: Progress) => handler.current?.(next),
      subscribe(listener: () => void) {
        listeners.add(listener);
        return () => {
          listeners.delete(listener);
        };
      },
    };
  });
  // The components rendering now read the new value; memoized ones hear of it here.
  if (progress !== undefined && store.state.progress === undefined) store.state.progress = progress;
  useClientLayoutEffect(() => store.notify(progress), [store, progress]);
  return progress === undefined ? undefined : store;
}
