import { type ReactNode, Suspense } from 'react';

/**
 * A Suspense boundary that never shows a fallback (nothing inside suspends). It exists for
 * hydration: React hydrates each boundary as its own interruptible piece of work after the page
 * shell, so a long page hydrates in short tasks and stays responsive on slow phones, instead of
 * blocking the main thread in one long task.
 */
export function HydrationBoundary({ children }: { children: ReactNode }) {
  return <Suspense>{children}</Suspense>;
}
