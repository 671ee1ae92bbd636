import { act, screen } from '@testing-library/react';
import { createProgress, setStatus } from '@trailmark/curriculum';
import type { ReactElement } from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  CurriculumProvider,
  createLocalStorageStore,
  createMemoryStore,
  type ProgressStore,
  RoadmapTimeline,
  StudyPlan,
} from './index';
import { RoadmapMap } from './map';
import { fixtureCurriculum } from './test-fixtures/curriculum';

let root: Root | undefined;
afterEach(() => {
  act(() => root?.unmount());
  root = undefined;
  document.body.innerHTML = '';
});

/**
 * Server-renders `app` as a server would (a fresh memory store: no saved progress there),
 * hydrates the markup with the browser's store and returns the errors reported meanwhile.
 */
async function hydrate(
  app: (store: ProgressStore) => ReactElement,
  browserStore: ProgressStore,
): Promise<unknown[][]> {
  const container = document.createElement('div');
  container.innerHTML = renderToString(
    app(createMemoryStore({ curriculumId: fixtureCurriculum.id })),
  );
  document.body.append(container);
  const error = vi.spyOn(console, 'error').mockImplementation(() => {});
  // React 19 reports a text mismatch as a recoverable error, and attribute mismatches on the console.
  const recovered: unknown[][] = [];
  await act(async () => {
    root = hydrateRoot(container, app(browserStore), {
      onRecoverableError: (...args) => recovered.push(args),
    });
  });
  const calls = [...error.mock.calls, ...recovered];
  error.mockRestore();
  return calls;
}

describe('hydration', () => {
  it('matches the server markup, then shows the saved progress', async () => {
    const key = `trailmark:progress:${fixtureCurriculum.id}`;
    localStorage.setItem(
      key,
      JSON.stringify(setStatus(createProgress(fixtureCurriculum.id), 'python', 'done')),
    );
    const errors = await hydrate(
      (store) => (
        <CurriculumProvider curriculum={fixtureCurriculum} store={store}>
          <RoadmapTimeline defaultExpandedLevels="all" />
          <StudyPlan />
        </CurriculumProvider>
      ),
      createLocalStorageStore({ curriculumId: fixtureCurriculum.id }),
    );
    expect(errors).toEqual([]);
    expect(screen.getByRole('button', { name: 'Python, status: Done' })).toBeTruthy();
    // Dates need "today", which only the browser knows: they appear after hydration.
    expect(screen.getByText(/^Finish by /)).toBeTruthy();
  });

  it('hydrates a standalone timeline in Chinese without mismatch', async () => {
    const store = createMemoryStore({
      curriculumId: fixtureCurriculum.id,
      initial: setStatus(createProgress(fixtureCurriculum.id), 'tokens', 'in-progress'),
    });
    const errors = await hydrate(
      (current) => (
        <RoadmapTimeline curriculum={fixtureCurriculum} store={current} locale="zh-CN" />
      ),
      store,
    );
    expect(errors).toEqual([]);
    expect(screen.getByRole('list', { name: '测试路线图' })).toBeTruthy();
  });

  it('hydrates the map, details open, without mismatch, then shows saved progress', async () => {
    const errors = await hydrate(
      (store) => (
        <RoadmapMap curriculum={fixtureCurriculum} store={store} defaultSelectedTopic="rag" />
      ),
      createMemoryStore({
        curriculumId: fixtureCurriculum.id,
        initial: setStatus(createProgress(fixtureCurriculum.id), 'python', 'done'),
      }),
    );
    expect(errors).toEqual([]);
    expect(screen.getByRole('button', { name: 'Python, Done' })).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Retrieval-augmented generation' })).toBeTruthy();
  });
});
