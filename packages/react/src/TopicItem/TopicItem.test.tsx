import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setStatus, statusOf } from '@trailmark/curriculum';
import { Profiler, type ProfilerOnRenderCallback, useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { CurriculumProvider } from '../CurriculumProvider';
import { TopicList } from '../TopicList/TopicList';
import { fixtureCurriculum, fixtureTopicIds } from '../test-fixtures/curriculum';
import { describeConformance } from '../test-support/conformance';
import { fixtureStore, renderWithFixture } from '../test-support/render';
import { TopicItem } from './TopicItem';

/** `python` open and owned by its state; `http` held open by its owner. */
function ControlledItems({ onOpenChange }: { onOpenChange: (open: boolean, id: string) => void }) {
  const [open, setOpen] = useState(true);
  return (
    <ul>
      <TopicItem
        topicId="python"
        open={open}
        onOpenChange={(next, id) => {
          onOpenChange(next, id);
          setOpen(next);
        }}
      />
      <TopicItem topicId="http" open onOpenChange={onOpenChange} />
    </ul>
  );
}

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

  it('works alone by keyboard: details, then a status set through the provider', async () => {
    const user = userEvent.setup();
    const onStatusChange = vi.fn();
    const { store } = renderWithFixture(
      <ul>
        <TopicItem topicId="python" />
      </ul>,
      { onStatusChange },
    );
    const title = screen.getByRole('button', { name: 'Python' });
    await user.tab();
    expect(document.activeElement).toBe(title);
    await user.keyboard('{Enter}');
    expect(title.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByText('Syntax, packages, virtual environments.')).toBeTruthy();

    await user.tab();
    await user.keyboard('{ArrowDown}');
    const menu = screen.getByRole('menu', { name: 'Status of Python' });
    expect(document.activeElement?.textContent).toBe('Not started');
    await user.keyboard('{End}{Enter}');
    expect(menu.isConnected).toBe(false);
    expect(statusOf(store.get(), 'python')).toBe('skipped');
    expect(onStatusChange.mock.calls).toEqual([['python', 'skipped', 'not-started']]);
    expect(document.activeElement).toBe(
      screen.getByRole('button', { name: 'Python, status: Skipped' }),
    );

    await user.click(title);
    expect(title.getAttribute('aria-expanded')).toBe('false');
  });

  it('follows `open` when controlled and asks for changes with onOpenChange', async () => {
    const user = userEvent.setup();
    const onOpenChange = vi.fn();
    renderWithFixture(<ControlledItems onOpenChange={onOpenChange} />);
    const python = screen.getByRole('button', { name: 'Python' });
    const http = screen.getByRole('button', { name: 'HTTP and JSON' });
    expect(python.getAttribute('aria-expanded')).toBe('true');
    await user.click(python);
    expect(python.getAttribute('aria-expanded')).toBe('false');
    // Not let go by its owner, `http` stays open.
    await user.click(http);
    expect(http.getAttribute('aria-expanded')).toBe('true');
    expect(onOpenChange.mock.calls).toEqual([
      [false, 'python'],
      [false, 'http'],
    ]);
  });

  it('calls its own listeners first; preventDefault() in them skips the row’s behaviour', async () => {
    const user = userEvent.setup();
    renderWithFixture(
      <ul>
        <TopicItem topicId="python" onClick={(event) => event.preventDefault()} />
      </ul>,
    );
    const title = screen.getByRole('button', { name: 'Python' });
    await user.click(title);
    expect(title.getAttribute('aria-expanded')).toBe('false');
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
