import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { statusOf } from '@trailmark/curriculum';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { CurriculumProvider } from '../CurriculumProvider';
import { fixtureCurriculum } from '../test-fixtures/curriculum';
import { describeConformance } from '../test-support/conformance';
import { fixtureStore, renderWithFixture } from '../test-support/render';
import { TopicList } from './TopicList';

describeConformance('TopicList', 'tm-topic-list', (props) => (
  <TopicList
    {...props}
    ref={props.ref as never}
    curriculum={fixtureCurriculum}
    moduleId="llm-basics"
  />
));

/** A list whose open topics live in its owner's state, reported to `onChange`. */
function OwnedOpenTopics({ onChange }: { onChange: (ids: string[]) => void }) {
  const [open, setOpen] = useState<readonly string[]>(['http']);
  return (
    <TopicList
      moduleId="basics"
      openTopics={open}
      onOpenTopicsChange={(ids) => {
        onChange(ids);
        setOpen(ids);
      }}
    />
  );
}

const statusButton = (title: string) =>
  screen.getByRole('button', { name: new RegExp(`^${title}, status: `) });

describe('TopicList', () => {
  it("lists a module's topics, each with a status control named by title and state", () => {
    renderWithFixture(<TopicList moduleId="basics" />);
    const items = screen.getAllByRole('listitem');
    expect(items.map((item) => item.getAttribute('data-topic-id'))).toEqual(['python', 'http']);
    expect(statusButton('Python').getAttribute('aria-haspopup')).toBe('menu');
    // A closed menu button carries no aria-expanded (the ARIA menu button pattern's advice).
    expect(statusButton('Python').hasAttribute('aria-expanded')).toBe(false);
    expect(screen.getByRole('button', { name: 'HTTP and JSON, status: Not started' })).toBeTruthy();
  });

  it('lists topics by id in the given order, skipping unknown ids', () => {
    renderWithFixture(<TopicList topicIds={['rag', 'nope', 'python']} />);
    expect(
      screen.getAllByRole('listitem').map((item) => item.getAttribute('data-topic-id')),
    ).toEqual(['rag', 'python']);
  });

  it('sets a status with the pointer through the menu and returns focus', async () => {
    const user = userEvent.setup();
    const { store } = renderWithFixture(<TopicList moduleId="basics" />);
    await user.click(statusButton('Python'));
    const menu = screen.getByRole('menu', { name: 'Status of Python' });
    expect(statusButton('Python').getAttribute('aria-expanded')).toBe('true');
    expect(statusButton('Python').getAttribute('aria-controls')).toBe(menu.id);
    const items = within(menu).getAllByRole('menuitemradio');
    expect(items.map((item) => item.textContent)).toEqual([
      'Not started',
      'In progress',
      'Done',
      'Skipped',
    ]);
    expect(items[0]?.getAttribute('aria-checked')).toBe('true');
    expect(document.activeElement).toBe(items[0]);
    await user.click(within(menu).getByRole('menuitemradio', { name: 'Done' }));
    expect(screen.queryByRole('menu')).toBeNull();
    expect(store.get().topics.python?.status).toBe('done');
    const button = screen.getByRole('button', { name: 'Python, status: Done' });
    expect(document.activeElement).toBe(button);
    expect(button.closest('li')?.getAttribute('data-status')).toBe('done');
  });

  it('works with the keyboard alone: open, move, choose, escape', async () => {
    const user = userEvent.setup();
    const { store } = renderWithFixture(<TopicList moduleId="basics" />);
    statusButton('HTTP and JSON').focus();
    await user.keyboard('{ArrowDown}');
    const menu = screen.getByRole('menu');
    expect(document.activeElement?.textContent).toBe('Not started');
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement?.textContent).toBe('In progress');
    await user.keyboard('{End}');
    expect(document.activeElement?.textContent).toBe('Skipped');
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement?.textContent).toBe('Not started');
    await user.keyboard('{ArrowUp}');
    expect(document.activeElement?.textContent).toBe('Skipped');
    await user.keyboard('{Home}{Escape}');
    expect(menu.isConnected).toBe(false);
    expect(document.activeElement).toBe(statusButton('HTTP and JSON'));
    expect(store.get().topics.http).toBeUndefined();

    await user.keyboard('{Enter}');
    await user.keyboard('{ArrowDown}{ArrowDown}{Enter}');
    expect(store.get().topics.http?.status).toBe('done');
    expect(document.activeElement).toBe(
      screen.getByRole('button', { name: 'HTTP and JSON, status: Done' }),
    );
  });

  it('closes the menu when focus leaves it', async () => {
    const user = userEvent.setup();
    renderWithFixture(<TopicList moduleId="basics" />);
    await user.click(statusButton('Python'));
    expect(screen.getByRole('menu')).toBeTruthy();
    await user.tab();
    expect(screen.queryByRole('menu')).toBeNull();
    await user.click(statusButton('Python'));
    await user.click(screen.getByRole('button', { name: 'HTTP and JSON' }));
    expect(screen.queryByRole('menu')).toBeNull();
  });

  it('toggles the menu from its button', async () => {
    const user = userEvent.setup();
    renderWithFixture(<TopicList moduleId="basics" />);
    await user.click(statusButton('Python'));
    await user.click(statusButton('Python'));
    expect(screen.queryByRole('menu')).toBeNull();
  });

  it('explains locked topics: which prerequisites they wait for, as text and description', async () => {
    const user = userEvent.setup();
    const { store } = renderWithFixture(<TopicList topicIds={['prompting', 'rag']} />);
    const rag = statusButton('Retrieval-augmented generation');
    const describedBy = rag.getAttribute('aria-describedby');
    expect(describedBy).toBeTruthy();
    const note = document.getElementById(describedBy as string);
    expect(note?.textContent).toBe('Waiting for Embeddings and Prompt engineering');
    expect(rag.closest('li')?.hasAttribute('data-locked')).toBe(true);

    // Completing one prerequisite shortens the list; completing all unlocks.
    await user.click(statusButton('Prompt engineering'));
    await user.click(screen.getByRole('menuitemradio', { name: 'Skipped' }));
    expect(note?.isConnected ? note.textContent : '').toBe('Waiting for Embeddings');
    store.set({
      ...store.get(),
      topics: {
        ...store.get().topics,
        embeddings: { status: 'done', updatedAt: '2025-01-01T00:00:00Z' },
      },
    });
    await screen.findByRole('button', { name: /^Retrieval-augmented generation, status/ });
    const unlocked = statusButton('Retrieval-augmented generation');
    expect(unlocked.hasAttribute('aria-describedby')).toBe(false);
    expect(unlocked.closest('li')?.hasAttribute('data-locked')).toBe(false);
  });

  it('shows details on demand: summary, kind, prerequisites, skills, resources', async () => {
    const user = userEvent.setup();
    renderWithFixture(<TopicList topicIds={['python', 'rag']} />);
    const title = screen.getByRole('button', { name: 'Python' });
    expect(title.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByText('Syntax, packages, virtual environments.')).toBeNull();
    await user.click(title);
    expect(title.getAttribute('aria-expanded')).toBe('true');
    const details = document.getElementById(title.getAttribute('aria-controls') as string);
    expect(details?.textContent).toContain('Syntax, packages, virtual environments.');
    expect(details?.textContent).toContain('Practice');
    expect(
      within(details as HTMLElement)
        .getByRole('link')
        .getAttribute('href'),
    ).toBe('https://docs.python.org/3/tutorial/');
    await user.click(screen.getByRole('button', { name: 'Retrieval-augmented generation' }));
    expect(screen.getByText(/Prerequisites/).parentElement?.textContent).toBe(
      'Prerequisites: Embeddings and Prompt engineering',
    );
    await user.click(title);
    expect(title.getAttribute('aria-expanded')).toBe('false');
  });

  it('shows statuses as text, without controls, when read-only', () => {
    renderWithFixture(<TopicList moduleId="basics" />, {
      readOnly: true,
      store: fixtureStore({ python: 'in-progress' }),
    });
    expect(screen.queryByRole('button', { name: /status/ })).toBeNull();
    const python = screen.getAllByRole('listitem')[0];
    expect(python?.textContent).toContain('Status: In progress');
  });

  it('renders in Chinese with Chinese statuses', () => {
    renderWithFixture(<TopicList moduleId="basics" />, { locale: 'zh-CN' });
    expect(screen.getByRole('button', { name: 'Python 编程，状态：未开始' })).toBeTruthy();
    expect(screen.getAllByRole('listitem')[0]?.textContent).toContain('20小时');
  });

  it('marks optional topics in text and as data', () => {
    renderWithFixture(<TopicList moduleId="retrieval-module" />);
    const evalItem = screen.getAllByRole('listitem')[2];
    expect(evalItem?.hasAttribute('data-optional')).toBe(true);
    expect(evalItem?.textContent).toContain('4 hr · Optional');
  });

  it('opens topics from defaultOpenTopics, then by their titles (uncontrolled)', async () => {
    const user = userEvent.setup();
    const onOpenTopicsChange = vi.fn();
    renderWithFixture(
      <TopicList
        moduleId="basics"
        defaultOpenTopics={['http']}
        onOpenTopicsChange={onOpenTopicsChange}
      />,
    );
    const python = screen.getByRole('button', { name: 'Python' });
    const http = screen.getByRole('button', { name: 'HTTP and JSON' });
    expect([python, http].map((title) => title.getAttribute('aria-expanded'))).toEqual([
      'false',
      'true',
    ]);
    await user.tab();
    await user.keyboard('{Enter}');
    expect(python.getAttribute('aria-expanded')).toBe('true');
    await user.click(http);
    expect(http.getAttribute('aria-expanded')).toBe('false');
    expect(onOpenTopicsChange.mock.calls).toEqual([[['http', 'python']], [['python']]]);
  });

  it('follows openTopics when controlled, and only asks for changes', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    const { rerender } = renderWithFixture(
      <TopicList moduleId="basics" openTopics={['python']} onOpenTopicsChange={onChange} />,
    );
    const python = screen.getByRole('button', { name: 'Python' });
    await user.click(python);
    // The owner did not let go: the topic stays open.
    expect(python.getAttribute('aria-expanded')).toBe('true');
    expect(onChange).toHaveBeenCalledWith([]);
    rerender(<OwnedOpenTopics onChange={onChange} />);
    const http = screen.getByRole('button', { name: 'HTTP and JSON' });
    expect(http.getAttribute('aria-expanded')).toBe('true');
    await user.click(screen.getByRole('button', { name: 'Python' }));
    expect(screen.getByRole('button', { name: 'Python' }).getAttribute('aria-expanded')).toBe(
      'true',
    );
    expect(onChange).toHaveBeenLastCalledWith(['http', 'python']);
  });

  it('reports each status the learner sets with onStatusChange(topicId, status, previous)', async () => {
    const user = userEvent.setup();
    const onStatusChange = vi.fn();
    const { store } = renderWithFixture(
      <TopicList moduleId="basics" onStatusChange={onStatusChange} />,
      { store: fixtureStore({ python: 'in-progress' }) },
    );
    statusButton('Python').focus();
    await user.keyboard('{ArrowDown}');
    await user.keyboard('{ArrowDown}{Enter}');
    expect(statusOf(store.get(), 'python')).toBe('done');
    // Choosing the status it already has changes nothing, and reports nothing.
    await user.keyboard('{ArrowDown}{Enter}');
    expect(onStatusChange.mock.calls).toEqual([['python', 'done', 'in-progress']]);
  });

  it('tells both its own onStatusChange and its provider’s', async () => {
    const user = userEvent.setup();
    const own = vi.fn();
    const provider = vi.fn();
    render(
      <CurriculumProvider curriculum={fixtureCurriculum} onStatusChange={provider}>
        <TopicList moduleId="basics" onStatusChange={own} />
        <TopicList moduleId="llm-basics" />
      </CurriculumProvider>,
    );
    await user.click(statusButton('HTTP and JSON'));
    await user.click(screen.getByRole('menuitemradio', { name: 'Skipped' }));
    await user.click(statusButton('Tokens and context windows'));
    await user.click(screen.getByRole('menuitemradio', { name: 'Done' }));
    expect(own.mock.calls).toEqual([['http', 'skipped', 'not-started']]);
    expect(provider.mock.calls).toEqual([
      ['http', 'skipped', 'not-started'],
      ['tokens', 'done', 'not-started'],
    ]);
  });

  it('keeps the caller’s own handlers', async () => {
    const user = userEvent.setup();
    const clicks: string[] = [];
    renderWithFixture(<TopicList moduleId="basics" onClick={(event) => clicks.push(event.type)} />);
    await user.click(statusButton('Python'));
    expect(clicks).toEqual(['click']);
    expect(screen.getByRole('menu')).toBeTruthy();
  });

  it('has no axe violations with a menu and details open', async () => {
    const { axeViolations } = await import('../test-support/axe');
    const user = userEvent.setup();
    const { container } = render(
      <TopicList curriculum={fixtureCurriculum} topicIds={['rag', 'python']} />,
    );
    await user.click(screen.getByRole('button', { name: 'Python' }));
    await user.click(statusButton('Retrieval-augmented generation'));
    expect(await axeViolations(container)).toEqual([]);
  });
});
