import { act, screen } from '@testing-library/react';
import { assertCurriculum, createProgress, setStatus } from '@trailmark/curriculum';
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
import { generateCurriculum } from './test-fixtures';
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
  checkServerHtml?: (html: string) => void,
): Promise<unknown[][]> {
  const container = document.createElement('div');
  const html = renderToString(app(createMemoryStore({ curriculumId: fixtureCurriculum.id })));
  // The server has no page: rendered with the browser's <html lang> set aside, as on a server.
  checkServerHtml?.(html);
  container.innerHTML = html;
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

  it('matches the server markup, then opens the levels the learner left open', async () => {
    localStorage.setItem(`trailmark:progress:${fixtureCurriculum.id}:open-levels`, '["l2"]');
    const errors = await hydrate(
      (store) => (
        <CurriculumProvider curriculum={fixtureCurriculum} store={store}>
          <RoadmapTimeline defaultExpandedLevels={[]} />
        </CurriculumProvider>
      ),
      createLocalStorageStore({ curriculumId: fixtureCurriculum.id }),
    );
    expect(errors).toEqual([]);
    const headers = screen.getAllByRole('button', { expanded: true });
    expect(headers.map((header) => header.textContent)).toEqual(['L2 Applications']);
  });
});

describe('hydration and the page language', () => {
  afterEach(() => document.documentElement.removeAttribute('lang'));

  it('hydrates what the server rendered without a locale (the default), then shows the page language', async () => {
    // The server cannot see <html lang>: it renders the curriculum's default, English here.
    document.documentElement.lang = 'zh-CN';
    const errors = await hydrate(
      (store) => <RoadmapTimeline curriculum={fixtureCurriculum} store={store} />,
      createMemoryStore({ curriculumId: fixtureCurriculum.id }),
      (html) => expect(html).toContain('aria-label="Fixture roadmap"'),
    );
    expect(errors).toEqual([]);
    expect(screen.getByRole('list', { name: '测试路线图' })).toBeTruthy();
  });

  it('with the locale given to the server and the browser alike, the first paint is right', async () => {
    document.documentElement.lang = 'zh-CN';
    const errors = await hydrate(
      (store) => <RoadmapTimeline curriculum={fixtureCurriculum} store={store} locale="zh-CN" />,
      createMemoryStore({ curriculumId: fixtureCurriculum.id }),
      (html) => expect(html).toContain('aria-label="测试路线图"'),
    );
    expect(errors).toEqual([]);
    expect(screen.getByRole('list', { name: '测试路线图' })).toBeTruthy();
  });
});

describe('hydration of a long roadmap', () => {
  it('keeps a long roadmap whole: every topic in the server markup, hydrated without a mismatch', async () => {
    // In the browser a long roadmap is built after its first screen; the server renders it all,
    // and hydration must find the same markup.
    const large = assertCurriculum(generateCurriculum({ levels: 4, topics: 600 }));
    const app = (store: ProgressStore) => (
      <RoadmapTimeline curriculum={large} store={store} defaultExpandedLevels="all" />
    );
    const html = renderToString(app(createMemoryStore({ curriculumId: large.id })));
    for (let n = 0; n < 600; n++) expect(html).toContain(`data-topic-id="topic-${n}"`);
    const errors = await hydrate(app, createMemoryStore({ curriculumId: large.id }));
    expect(errors).toEqual([]);
    const buttons = document.querySelectorAll<HTMLElement>('[data-tm-action="status"]');
    expect(buttons).toHaveLength(600);
    // Hydrated: the controls work.
    act(() => buttons[599]?.click());
    expect(screen.getByRole('menu')).toBeTruthy();
  });
});

describe('hydration of the map', () => {
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
