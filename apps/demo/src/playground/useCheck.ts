import starterCheck from 'virtual:playground-starter-check';
import { useEffect, useRef, useState } from 'react';
import type { CheckReport } from './check';
import type { CheckRequest } from './check.worker';

/**
 * Checks a text on the page, for a browser without workers (or a worker that cannot start): the
 * checking code (the YAML reader, the validation) is loaded then, not with the page.
 */
async function checkOnPage(text: string, locale: string): Promise<CheckReport> {
  const { checkText } = await import('./check');
  return checkText(text, locale);
}

/**
 * Checks `text` on the page and reports it, unless a newer check (`latest`) began meanwhile.
 */
function checkLatestOnPage(
  latest: { current: number },
  { text, locale }: { text: string; locale: string },
  setReport: (report: CheckReport) => void,
) {
  const id = ++latest.current;
  void checkOnPage(text, locale).then((checked) => {
    if (id === latest.current) setReport(checked);
  });
}

/**
 * The check of `text` in `locale`. The page opens with the starter, whose check is at hand
 * (`virtual:playground-starter-check`, done at build time), the same on the server and in the
 * browser, so hydration matches; later texts are checked in a worker, and the last report stays
 * until the new one arrives. Without workers (an old browser), checks run on the page.
 */
export function useCheck(text: string, locale: string): CheckReport {
  // Any other first text is checked by the effect below, as soon as the page runs.
  const [report, setReport] = useState<CheckReport>(() => ({ ...starterCheck, locale }));
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
      checkLatestOnPage(latest, pending.current, setReport);
    };
    worker.current = created;
    return () => {
      created.terminate();
      worker.current = null;
    };
  }, []);

  useEffect(() => {
    if (report.text === text && report.locale === locale) return;
    if (worker.current) {
      const id = ++latest.current;
      worker.current.postMessage({ id, text, locale } satisfies CheckRequest);
    } else {
      checkLatestOnPage(latest, pending.current, setReport);
    }
  }, [text, locale, report]);

  return report;
}
