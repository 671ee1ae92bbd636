import { render } from '@testing-library/react';
import type { Progress, TopicStatus } from '@trailmark/curriculum';
import { createProgress, setStatus } from '@trailmark/curriculum';
import type { ReactElement, ReactNode } from 'react';
import { CurriculumProvider, type CurriculumProviderProps } from '../CurriculumProvider';
import { createMemoryStore } from '../stores/createMemoryStore';
import type { ProgressStore } from '../stores/ProgressStore';
import { fixtureCurriculum } from '../test-fixtures/curriculum';

/** Progress for the fixture curriculum with the given statuses. */
export function fixtureProgress(statuses: Record<string, TopicStatus> = {}): Progress {
  let progress = createProgress(fixtureCurriculum.id);
  for (const [id, status] of Object.entries(statuses)) {
    progress = setStatus(progress, id, status, new Date('2025-01-01T00:00:00Z'));
  }
  return progress;
}

/** A memory store for the fixture curriculum. */
export function fixtureStore(statuses: Record<string, TopicStatus> = {}): ProgressStore {
  return createMemoryStore({
    curriculumId: fixtureCurriculum.id,
    initial: fixtureProgress(statuses),
  });
}

/** Renders `ui` inside a provider of the fixture curriculum. */
export function renderWithFixture(
  ui: ReactElement,
  options: Partial<Omit<CurriculumProviderProps, 'children'>> = {},
) {
  const store = options.store ?? fixtureStore();
  const wrapper = ({ children }: { children: ReactNode }) => (
    <CurriculumProvider curriculum={fixtureCurriculum} store={store} {...options}>
      {children}
    </CurriculumProvider>
  );
  return { store, ...render(ui, { wrapper }) };
}
