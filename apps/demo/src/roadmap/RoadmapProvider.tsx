import { CurriculumProvider } from '@trailmark/react';
import type { ReactNode } from 'react';
import { useAppLocale } from '../locale/LocaleContext';
import { progressStore, roadmap } from './builtIn';

/** Shares the built-in roadmap, the page's language and the saved progress with the components. */
export function RoadmapProvider({ children }: { children: ReactNode }) {
  const locale = useAppLocale();
  return (
    <CurriculumProvider curriculum={roadmap} locale={locale} store={progressStore}>
      {children}
    </CurriculumProvider>
  );
}
