import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { setStatus } from '@trailmark/curriculum';
import { describe, expect, it, vi } from 'vitest';
import { fixtureCurriculum, fixtureTopicIds } from '../test-fixtures/curriculum';
import { describeConformance } from '../test-support/conformance';
import { fixtureStore } from '../test-support/render';
import { RoadmapMap } from './RoadmapMap';

describeConformance('RoadmapMap', 'tm-map', (props) => (
  <RoadmapMap {...props} ref={props.ref as never} curriculum={fixtureCurriculum} />
));

const mapOf = (name = 'Fixture roadmap: map') => screen.getByRole('group', { name });

describe('RoadmapMap', () => {
  it('draws every topic as a button, grouped by level and module', () => {
    render(<RoadmapMap curriculum={fixtureCurriculum} />);
    const map = mapOf();
    expect(within(map).getAllByRole('button')).toHaveLength(fixtureTopicIds.length);
    const level = within(map).getByRole('group', { name: 'L2 Applications' });
    const module = within(level).getByRole('group', { name: 'Retrieval' });
    expect(
      within(module).getByRole('button', {
        name: /^Embeddings, Not started, 1 prerequisite missing$/,
      }),
    ).toBeTruthy();
    const description = document.getElementById(map.getAttribute('aria-describedby') ?? '');
    expect(description?.textContent).toMatch(/The timeline lists the same topics\.$/);
  });

  it('selects uncontrolled: click shows details, again hides them', () => {
    const onChange = vi.fn();
    render(
      <RoadmapMap
        curriculum={fixtureCurriculum}
        defaultSelectedTopic="python"
        onSelectedTopicChange={onChange}
      />,
    );
    expect(screen.getByRole('region', { name: 'Python' })).toBeTruthy();
    const rag = within(mapOf()).getByRole('button', { name: /^Retrieval-augmented generation/ });
    fireEvent.click(rag);
    expect(rag.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByRole('region', { name: 'Retrieval-augmented generation' })).toBeTruthy();
    fireEvent.click(rag);
    expect(screen.queryByRole('region')).toBeNull();
    expect(onChange.mock.calls).toEqual([['rag'], [null]]);
  });

  it('follows a controlled selection and only asks to change it', () => {
    const onChange = vi.fn();
    const { rerender } = render(
      <RoadmapMap
        curriculum={fixtureCurriculum}
        selectedTopic="rag"
        onSelectedTopicChange={onChange}
      />,
    );
    fireEvent.click(within(mapOf()).getByRole('button', { name: /^Python/ }));
    expect(onChange).toHaveBeenCalledWith('python');
    expect(screen.getByRole('region', { name: 'Retrieval-augmented generation' })).toBeTruthy();
    rerender(
      <RoadmapMap
        curriculum={fixtureCurriculum}
        selectedTopic={null}
        onSelectedTopicChange={onChange}
      />,
    );
    expect(screen.queryByRole('region')).toBeNull();
  });

  it('lists prerequisites and dependents with their statuses in the details', () => {
    render(
      <RoadmapMap
        curriculum={fixtureCurriculum}
        store={fixtureStore({ embeddings: 'done' })}
        defaultSelectedTopic="rag"
        topicHref={(id) => `/topics/${id}`}
      />,
    );
    const details = screen.getByRole('region', { name: 'Retrieval-augmented generation' });
    expect(within(details).getByRole('button', { name: 'Embeddings, Done' })).toBeTruthy();
    expect(
      within(details).getByRole('button', { name: 'Prompt engineering, Not started' }),
    ).toBeTruthy();
    expect(within(details).getByText('Unlocks')).toBeTruthy();
    expect(within(details).getByText('Waiting for Prompt engineering')).toBeTruthy();
    expect(
      within(details).getByRole('link', {
        name: 'Open the page of Retrieval-augmented generation',
      }),
    ).toHaveProperty('pathname', '/topics/rag');
  });

  it('speaks Chinese with the zh-CN locale', () => {
    render(<RoadmapMap curriculum={fixtureCurriculum} locale="zh-CN" />);
    const map = mapOf('测试路线图：全景图');
    expect(
      within(map).getByRole('button', { name: /^检索增强生成，未开始，缺少 2 项前置知识$/ }),
    ).toBeTruthy();
    expect(screen.getByRole('button', { name: '放大' })).toBeTruthy();
  });

  it('shows an error panel for a broken document or an unknown level', () => {
    const { unmount } = render(<RoadmapMap curriculum={{ id: 'broken' } as never} />);
    expect(screen.getByRole('alert')).toBeTruthy();
    unmount();
    render(<RoadmapMap curriculum={fixtureCurriculum} level="nope" />);
    expect(screen.getByText('This roadmap has no level "nope".')).toBeTruthy();
  });

  it('draws one level alone with `level`', () => {
    render(<RoadmapMap curriculum={fixtureCurriculum} level="l2" />);
    const buttons = within(mapOf()).getAllByRole('button');
    expect(
      buttons.map((button) => button.closest('[data-topic-id]')?.getAttribute('data-topic-id')),
    ).toEqual(['embeddings', 'rag', 'eval']);
  });

  it('touches only the DOM of topics whose state changed when a status changes', async () => {
    const store = fixtureStore();
    const { container } = render(<RoadmapMap curriculum={fixtureCurriculum} store={store} />);
    const changed = new Set<string>();
    const observer = new MutationObserver((records) => {
      for (const record of records) {
        const topic = (record.target as Element).closest?.('[data-topic-id]');
        changed.add(topic?.getAttribute('data-topic-id') ?? 'outside a topic');
      }
    });
    observer.observe(container, {
      subtree: true,
      attributes: true,
      childList: true,
      characterData: true,
    });
    await act(async () => store.set(setStatus(store.get(), 'python', 'done')));
    await new Promise((resolve) => setTimeout(resolve, 0));
    observer.disconnect();
    // Python itself, and prompting, which no longer waits for it.
    expect([...changed].sort()).toEqual(['prompting', 'python']);
  });
});
