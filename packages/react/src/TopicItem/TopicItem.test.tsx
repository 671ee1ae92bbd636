import { act, render, screen } from '@testing-library/react';
import { setStatus } from '@trailmark/curriculum';
import { Profiler, type ProfilerOnRenderCallback } from 'react';
import { describe, expect, it } from 'vitest';
import { CurriculumProvider } from '../CurriculumProvider';
import { TopicList } from '../TopicList/TopicList';
import { fixtureCurriculum, fixtureTopicIds } from '../test-fixtures/curriculum';
import { describeConformance } from '../test-support/conformance';
import { fixtureStore, renderWithFixture } from '../test-support/render';
import { TopicItem } from './TopicItem';

describeConformance('TopicItem', 'tm-topic', (props) => (
  <CurriculumProvider curriculum={fixtureCurriculum}>
    <ul>
      <TopicItem {...props} ref={props.ref as never} topicId="rag" />
    </ul>
  </CurriculumProvider>
));

describe('TopicItem', () => {
  it('renders nothing for an unknown topic', () => {
    const { container } = renderWithFixture(
      <ul>
        <TopicItem topicId="missing" />
      </ul>,
    );
    expect(container.querySelector('li')).toBeNull();
  });

  it.each([
    ['not-started', 'Not started'],
    ['in-progress', 'In progress'],
    ['done', 'Done'],
    ['skipped', 'Skipped'],
  ] as const)('shows the %s status as data and in the control name', (status, label) => {
    renderWithFixture(
      <ul>
        <TopicItem topicId="python" />
      </ul>,
      { store: fixtureStore({ python: status }) },
    );
    expect(screen.getByRole('listitem').getAttribute('data-status')).toBe(status);
    expect(screen.getByRole('button', { name: `Python, status: ${label}` })).toBeTruthy();
  });

  it('keeps the DOM of a row small: the hours are the row’s own text', () => {
    renderWithFixture(
      <ul>
        <TopicItem topicId="rag" />
      </ul>,
    );
    const row = screen.getByRole('listitem');
    const parts = Array.from(row.childNodes, (node) =>
      node instanceof Element ? node.tagName.toLowerCase() : node.textContent,
    );
    expect(parts).toEqual(['button', '12 hr', 'button', 'span']);
    expect(row.querySelectorAll('*')).toHaveLength(3);
  });

  it('re-renders only the rows whose status or lock changed', () => {
    const store = fixtureStore();
    const renders = new Map<string, number>();
    const onRender: ProfilerOnRenderCallback = (id, phase) => {
      if (phase !== 'mount') renders.set(id, (renders.get(id) ?? 0) + 1);
    };
    render(
      <CurriculumProvider curriculum={fixtureCurriculum} store={store}>
        <ul>
          {fixtureTopicIds.map((id) => (
            <Profiler key={id} id={id} onRender={onRender}>
              <TopicItem topicId={id} />
            </Profiler>
          ))}
        </ul>
      </CurriculumProvider>,
    );
    act(() => store.set(setStatus(store.get(), 'http', 'done')));
    expect([...renders.keys()]).toEqual(['http']);

    renders.clear();
    // `python` unlocks `prompting`, so both rows change.
    act(() => store.set(setStatus(store.get(), 'python', 'done')));
    expect([...renders.keys()].sort()).toEqual(['prompting', 'python']);
  });

  it('shows the open menu and details when asked', () => {
    renderWithFixture(
      <ul>
        <TopicItem topicId="python" menuOpen detailsOpen />
      </ul>,
    );
    expect(screen.getByRole('menu', { name: 'Status of Python' })).toBeTruthy();
    expect(screen.getByText('Syntax, packages, virtual environments.')).toBeTruthy();
  });
});

// Profiler counts renders in React only (preact/compat has no Profiler), so this lives here, out
// of the preact project.
describe('TopicList re-renders', () => {
  it('re-renders only the lists whose rows change status or lock', () => {
    const store = fixtureStore();
    const renders: string[] = [];
    const onRender: ProfilerOnRenderCallback = (id, phase) => {
      if (phase !== 'mount') renders.push(id);
    };
    const modules = ['basics', 'llm-basics', 'retrieval-module'];
    render(
      <CurriculumProvider curriculum={fixtureCurriculum} store={store}>
        {modules.map((id) => (
          <Profiler key={id} id={id} onRender={onRender}>
            <TopicList moduleId={id} />
          </Profiler>
        ))}
      </CurriculumProvider>,
    );
    act(() => store.set(setStatus(store.get(), 'http', 'done')));
    expect(renders).toEqual(['basics']);

    renders.length = 0;
    // `python` unlocks `prompting`, in another module.
    act(() => store.set(setStatus(store.get(), 'python', 'done')));
    expect(renders.sort()).toEqual(['basics', 'llm-basics']);
  });
});
