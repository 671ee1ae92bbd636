import { createContext, type ReactNode, useContext, useEffect } from 'react';
import { applyHead, type PageHead } from './head';

/** Receives the head a page declares while it renders on the server. */
export type HeadCollector = (head: PageHead) => void;

const HeadCollectorContext = createContext<HeadCollector | null>(null);

/** Server rendering only: hands each page's declared head to `collect`. */
export function HeadCollectorProvider({
  collect,
  children,
}: {
  collect: HeadCollector;
  children: ReactNode;
}) {
  return <HeadCollectorContext value={collect}>{children}</HeadCollectorContext>;
}

/**
 * Declares the document head of the page that renders it. On the server the prerender step writes
 * it into the HTML file; in the browser it is applied whenever it changes (navigation, language).
 */
export function Head(props: PageHead) {
  const collect = useContext(HeadCollectorContext);
  collect?.(props);
  // One string standing for every field, so the effect runs exactly when something changed.
  const key = JSON.stringify(props);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` stands for every field of props.
  useEffect(() => applyHead(props), [key]);
  return null;
}
