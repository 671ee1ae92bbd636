import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

/**
 * Whether the page is being printed, from `beforeprint` to `afterprint`, for what props
 * decide rather than CSS (a timeline's orientation, its open levels). The change is flushed synchronously inside
 * `beforeprint`, before the browser lays the page out for paper.
 * @example const printing = usePrinting(); <RoadmapTimeline orientation={printing ? 'vertical' : 'auto'} />
 */
export function usePrinting(): boolean {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    const start = () => flushSync(() => setPrinting(true));
    const end = () => setPrinting(false);
    window.addEventListener('beforeprint', start);
    window.addEventListener('afterprint', end);
    return () => {
      window.removeEventListener('beforeprint', start);
      window.removeEventListener('afterprint', end);
    };
  }, []);
  return printing;
}
