import starterCheck from 'virtual:playground-starter-check';
import { useEffect, useRef, useState } from 'react';
import { type CheckReport, checkText } from './check';
import type { CheckRequest } from './check.worker';

/**
 * The check of `text` in `locale`. The first render's is at hand (the starter's, checked at build
 * time) or made on the spot, the same on the server and in the browser, so hydration matches;
 * later texts are checked in a worker, and the last report stays until the new one arrives.
 * Without workers (an old browser), checks run on the page.
 */
export function useCheck(text: string, locale: string): CheckReport {
  const [report, setReport] = useState(() =>
    text === starterCheck.text ? { ...starterCheck, locale } : checkText(text, locale),
  );
  const worker = useRef<Worker | null>(null);
  const latest = useRef(0);
  const pending = useRef({ text, locale });
  pending.current = { text, locale };

  useEffect(() => {
    if (typeof Worker === 'undefined') return;
    const created = new Worker(new URL('./check.worker.ts', import.meta.url), { type: 'module' });
    created.onmessage = (event: MessageEvent<{ id: number; report: CheckReport }>) => {
      // An answer to an older text is dropped: a newer one is on its way.
      if (event.data.id === latest.current) setReport(event.data.report);
    };
    // A worker that cannot start (a blocked script) leaves the checking to the page.
    created.onerror = () => {
      worker.current = null;
      created.terminate();
      setReport(checkText(pending.current.text, pending.current.locale));
    };
    worker.current = created;
    return () => {
      created.terminate();
      worker.current = null;
    };
  }, []);

  useEffect(() => {
    if (report.text === text && report.locale === locale) return;
    const id = ++latest.current;
    if (worker.current) {
      worker.current.postMessage({ id, text, locale } satisfies CheckRequest);
    } else {
      setReport(checkText(text, locale));
    }
  }, [text, locale, report]);

  return report;
}
