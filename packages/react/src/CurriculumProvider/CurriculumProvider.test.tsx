import { act, render, renderHook, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { parseCurriculum } from '@trailmark/curriculum';
import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { RoadmapTimeline } from '../RoadmapTimeline/RoadmapTimeline';
import { StudyPlan } from '../StudyPlan/StudyPlan';
import { createMemoryStore } from '../stores/createMemoryStore';
import { TopicList } from '../TopicList/TopicList';
import { fixtureCurriculum } from '../test-fixtures/curriculum';
import { CurriculumProvider } from './CurriculumProvider';
import { useCurriculum, useLocale, useProgress } from './hooks';

const withProvider =
  (props: Partial<Parameters<typeof CurriculumProvider>[0]> = {}) =>
  ({ children }: { children: ReactNode }) => (
    <CurriculumProvider curriculum={fixtureCurriculum} {...props}>
      {children}
    </CurriculumProvider>
  );

function cyclic() {
  const copy = structuredClone(fixtureCurriculum) as unknown as {
    levels: { modules: { topics: { id: string; prerequisites?: string[] }[] }[] }[];
  };
  const python = copy.levels[0]?.modules[0]?.topics[0];
  if (python) python.prerequisites = ['prompting'];
  return copy;
}

describe('CurriculumProvider', () => {
  it('renders its children for a valid curriculum', () => {
    render(
      <CurriculumProvider curriculum={fixtureCurriculum}>
        <p>inside</p>
      </CurriculumProvider>,
    );
    expect(screen.getByText('inside')).toBeTruthy();
  });

  it.each([
    ['a number', 42],
    ['null', null],
    ['an empty object', {}],
    ['a prerequisite cycle', cyclic()],
    ['levels of the wrong type', { ...fixtureCurriculum, levels: 'nope' }],
  ])('renders an error panel instead of children for %s, and never throws', (_, input) => {
    // As a JavaScript caller passes it: the types are not there to stop it.
    render(
      <CurriculumProvider curriculum={input as never}>
        <p>inside</p>
      </CurriculumProvider>,
    );
    expect(screen.queryByText('inside')).toBeNull();
    const alert = screen.getByRole('alert');
    expect(within(alert).getByRole('heading').textContent).toBe('This roadmap cannot be shown');
    expect(within(alert).getAllByRole('listitem').length).toBeGreaterThan(0);
  });

  it('shows the path and message of each issue', () => {
    const copy = structuredClone(fixtureCurriculum) as unknown as {
      levels: { modules: { topics: { resources?: { url: string }[] }[] }[] }[];
    };
    const resource = copy.levels[0]?.modules[0]?.topics[0]?.resources?.[0];
    if (resource) resource.url = 'javascript:alert(1)';
    render(<CurriculumProvider curriculum={parseCurriculum(copy)}>x</CurriculumProvider>);
    const item = screen.getByRole('listitem');
    expect(within(item).getByText('levels[0].modules[0].topics[0].resources[0].url')).toBeTruthy();
  });

  it('parses each curriculum object once (the parsed value keeps its identity)', () => {
    const { result, rerender } = renderHook(() => useCurriculum(), { wrapper: withProvider() });
    const first = result.current;
    rerender();
    expect(result.current).toBe(first);
    // It is the parsed value, not the input: the defaults the input leaves out are filled in.
    expect(first).not.toBe(fixtureCurriculum);
    expect(first.levels[0]?.optional).toBe(false);
    expect(first.levels[0]?.modules[0]?.topics[0]).toMatchObject({
      id: 'python',
      prerequisites: [],
      optional: false,
    });
  });
});

describe('useLocale', () => {
  it('starts at the curriculum default, switches when uncontrolled and reports it', () => {
    const onLocaleChange = vi.fn();
    const { result } = renderHook(() => useLocale(), {
      wrapper: withProvider({ onLocaleChange }),
    });
    expect(result.current.locale).toBe('en');
    expect(result.current.locales).toEqual(['en', 'zh-CN']);
    act(() => result.current.setLocale('zh-CN'));
    expect(result.current.locale).toBe('zh-CN');
    expect(result.current.messages['status.done']).toBe('已完成');
    expect(onLocaleChange).toHaveBeenCalledWith('zh-CN');
  });

  it('follows a controlled locale', () => {
    const { result } = renderHook(() => useLocale(), {
      wrapper: withProvider({ locale: 'zh-CN', onLocaleChange: () => {} }),
    });
    act(() => result.current.setLocale('en'));
    expect(result.current.locale).toBe('zh-CN');
  });

  it('applies message overrides', () => {
    const messages = { en: { 'status.done': 'Finished' } };
    const { result } = renderHook(() => useLocale(), { wrapper: withProvider({ messages }) });
    expect(result.current.messages['status.done']).toBe('Finished');
  });
});

describe('useProgress', () => {
  it('reads and writes progress through the store and summarizes it', () => {
    const store = createMemoryStore({ curriculumId: fixtureCurriculum.id });
    const { result } = renderHook(() => useProgress(), { wrapper: withProvider({ store }) });
    expect(result.current.summary.overall.complete).toBe(0);
    act(() => result.current.setStatus('python', 'done'));
    expect(store.get().topics.python?.status).toBe('done');
    expect(result.current.progress.topics.python?.status).toBe('done');
    expect(result.current.summary.levels.l1?.complete).toBe(1);
  });

  it('exports, imports and surfaces store warnings', async () => {
    const store = createMemoryStore({ curriculumId: fixtureCurriculum.id });
    const { result } = renderHook(() => useProgress(), { wrapper: withProvider({ store }) });
    act(() => result.current.setStatus('http', 'skipped'));
    const text = result.current.exportProgress();
    const other = createMemoryStore({ curriculumId: fixtureCurriculum.id });
    const { result: second } = renderHook(() => useProgress(), {
      wrapper: withProvider({ store: other }),
    });
    await act(() => second.current.importProgress(text));
    expect(second.current.progress.topics.http?.status).toBe('skipped');
    act(() => other.set({ ...other.get(), curriculumId: 'someone-else' }));
    expect(second.current.warnings.join()).toContain('someone-else');
  });
});

describe('hooks outside a provider', () => {
  it.each([
    ['useCurriculum', useCurriculum],
    ['useLocale', useLocale],
    ['useProgress', useProgress],
  ])('%s throws a developer error naming the fix', (name, hook) => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => renderHook(() => hook())).toThrow(
      `${name}() needs a <CurriculumProvider curriculum={…}> around it.`,
    );
  });
});

function LocaleSwitch() {
  const { locale, setLocale, messages } = useLocale();
  return (
    <button type="button" onClick={() => setLocale(locale === 'en' ? 'zh-CN' : 'en')}>
      {messages['status.done']}
    </button>
  );
}

describe('user-facing locale switch', () => {
  it('re-renders components in the new language', async () => {
    render(
      <CurriculumProvider curriculum={fixtureCurriculum}>
        <LocaleSwitch />
      </CurriculumProvider>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Done' }));
    expect(screen.getByRole('button', { name: '已完成' })).toBeTruthy();
  });

  it("marks each component's root with the language it shows (WCAG 3.1.2)", async () => {
    render(
      <CurriculumProvider curriculum={fixtureCurriculum}>
        <LocaleSwitch />
        <RoadmapTimeline />
        <StudyPlan />
      </CurriculumProvider>,
    );
    const roots = () => [...document.querySelectorAll<HTMLElement>('.tm-root')];
    expect(roots().length).toBeGreaterThan(2);
    expect(roots().map((root) => root.lang)).toEqual(roots().map(() => 'en'));
    await userEvent.click(screen.getByRole('button', { name: 'Done' }));
    expect(roots().map((root) => root.lang)).toEqual(roots().map(() => 'zh-CN'));
  });

  it('lets a lang prop on the root win', () => {
    render(<TopicList curriculum={fixtureCurriculum} moduleId="basics" lang="en-GB" />);
    expect(screen.getByRole('list').lang).toBe('en-GB');
  });
});
