import { useEffect, useRef } from 'react';
import { flushSync } from 'react-dom';

/**
 * Expands every level while the page prints (a printed roadmap cannot be clicked open) and restores
 * what the reader had open afterwards. The update is flushed synchronously inside `beforeprint`,
 * before the browser lays the page out for paper.
 *
 * @param levelIds every level's id
 * @param expanded the ids expanded on screen (`undefined` while the timeline decides itself)
 * @param setExpanded sets the expanded ids
 */
export function usePrintExpansion(
  levelIds: readonly string[],
  expanded: readonly string[] | undefined,
  setExpanded: (ids: readonly string[] | undefined) => void,
): void {
  const onScreen = useRef(expanded);
  onScreen.current = expanded;
  useEffect(() => {
    let beforePrint = onScreen.current;
    const expandAll = () => {
      beforePrint = onScreen.current;
      flushSync(() => setExpanded(levelIds));
    };
    const restore = () => setExpanded(beforePrint);
    window.addEventListener('beforeprint', expandAll);
    window.addEventListener('afterprint', restore);
    return () => {
      window.removeEventListener('beforeprint', expandAll);
      window.removeEventListener('afterprint', restore);
    };
  }, [levelIds, setExpanded]);
}
