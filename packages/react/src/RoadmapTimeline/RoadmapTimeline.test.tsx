import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { parseCurriculum } from '@trailmark/curriculum';
import { describe, expect, it, vi } from 'vitest';
import { createMemoryStore } from '../stores/createMemoryStore';
import { fixtureCurriculum } from '../test-fixtures/curriculum';
import { describeConformance } from '../test-support/conformance';
import { fixtureStore, renderWithFixture } from '../test-support/render';
import { RoadmapTimeline } from './RoadmapTimeline';

describeConformance('RoadmapTimeline', 'tm-timeline', (props) => (
  <RoadmapTimeline {...props} ref={props.ref as never} curriculum={fixtureCurriculum} />
));

const stops = () => screen.getAllByRole('button', { name: /^L\d / });

describe('RoadmapTimeline', () => {
  it('is an ordered list of the levels, named by the curriculum, with theme and orientation', () => {
    const { container } = render(
      <RoadmapTimeline curriculum={fixtureCurriculum} theme="dark" orientation="horizontal" />,
    );
    const list = screen.getByRole('list', { name: 'Fixture roadmap' });
    expect(list.tagName).toBe('OL');
    expect(within(list).getAllByRole('article')).toHaveLength(3);
    const root = container.firstElementChild as HTMLElement;
    expect(root.classList.contains('tm-root')).toBe(true);
    expect(root.getAttribute('data-tm-theme')).toBe('dark');
    expect(root.getAttribute('data-orientation')).toBe('horizontal');
  });

  it('defaults to orientation auto and theme auto', () => {
    const { container } = render(<RoadmapTimeline curriculum={fixtureCurriculum} />);
    const root = container.firstElementChild as HTMLElement;
    expect(root.getAttribute('data-orientation')).toBe('auto');
    expect(root.getAttribute('data-tm-theme')).toBe('auto');
  });

  it('marks the learner’s current level from progress and expands it', () => {
    renderWithFixture(<RoadmapTimeline />, {
      store: fixtureStore({ python: 'done', http: 'done', tokens: 'done', prompting: 'done' }),
    });
    const [l1, l2] = stops();
    expect(l1?.hasAttribute('aria-current')).toBe(false);
    expect(l2?.getAttribute('aria-current')).toBe('step');
    expect(l2?.getAttribute('aria-expanded')).toBe('true');
    expect(l1?.getAttribute('aria-expanded')).toBe('false');
    expect(l1?.closest('li')?.getAttribute('data-status')).toBe('done');
    expect(l2?.closest('li')?.getAttribute('data-status')).toBe('not-started');
  });

  it('moves the current level as progress advances', async () => {
    const user = userEvent.setup();
    renderWithFixture(<RoadmapTimeline defaultExpandedLevels="all" />, {
      store: fixtureStore({ python: 'done', http: 'done', tokens: 'done' }),
    });
    expect(stops()[0]?.getAttribute('aria-current')).toBe('step');
    await user.click(screen.getByRole('button', { name: /^Prompt engineering, status/ }));
    await user.click(screen.getByRole('menuitemradio', { name: 'Done' }));
    expect(stops()[1]?.getAttribute('aria-current')).toBe('step');
  });

  it('keeps a completed level open and the focus in it when the current level moves on', async () => {
    const user = userEvent.setup();
    renderWithFixture(<RoadmapTimeline />, {
      store: fixtureStore({ python: 'done', http: 'done', tokens: 'done' }),
    });
    await user.click(screen.getByRole('button', { name: /^Prompt engineering, status/ }));
    await user.click(screen.getByRole('menuitemradio', { name: 'Done' }));
    const [l1, l2] = stops();
    expect(l2?.getAttribute('aria-current')).toBe('step');
    expect(l1?.getAttribute('aria-expanded')).toBe('true');
    expect(l2?.getAttribute('aria-expanded')).toBe('true');
    expect(document.activeElement).toBe(
      screen.getByRole('button', { name: 'Prompt engineering, status: Done' }),
    );
  });

  it('keeps every level header in the Tab order, as accordion headers are', async () => {
    const user = userEvent.setup();
    render(<RoadmapTimeline curriculum={fixtureCurriculum} expandedLevels={[]} />);
    const [l1, l2, l3] = stops();
    await user.tab();
    expect(document.activeElement).toBe(l1);
    await user.tab();
    expect(document.activeElement).toBe(l2);
    await user.tab();
    expect(document.activeElement).toBe(l3);
    await user.tab({ shift: true });
    expect(document.activeElement).toBe(l2);
  });

  it('moves focus between the headers with the arrow keys, Home and End as well', async () => {
    const user = userEvent.setup();
    render(<RoadmapTimeline curriculum={fixtureCurriculum} orientation="vertical" />);
    const [l1, l2, l3] = stops();
    await user.tab();
    expect(document.activeElement).toBe(l1);
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(l2);
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(l2);
    await user.keyboard('{End}');
    expect(document.activeElement).toBe(l3);
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(l3);
    await user.keyboard('{Home}');
    expect(document.activeElement).toBe(l1);
    await user.keyboard('{ArrowUp}');
    expect(document.activeElement).toBe(l1);
    // Tab from a header goes on into its open level, not to the next header.
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Python' }));
  });

  it('uses Left/Right when horizontal, mirrored right-to-left', async () => {
    const user = userEvent.setup();
    const { rerender } = render(
      <RoadmapTimeline curriculum={fixtureCurriculum} orientation="horizontal" />,
    );
    stops()[0]?.focus();
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(stops()[0]);
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(stops()[1]);
    rerender(<RoadmapTimeline curriculum={fixtureCurriculum} orientation="horizontal" dir="rtl" />);
    await user.keyboard('{ArrowLeft}');
    expect(document.activeElement).toBe(stops()[2]);
    await user.keyboard('{ArrowRight}{ArrowRight}');
    expect(document.activeElement).toBe(stops()[0]);
  });

  it('accepts both arrow pairs when the orientation is auto', async () => {
    const user = userEvent.setup();
    render(<RoadmapTimeline curriculum={fixtureCurriculum} />);
    stops()[0]?.focus();
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(stops()[1]);
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(stops()[2]);
  });

  it('opening a level makes it current and reports it (uncontrolled)', async () => {
    const user = userEvent.setup();
    const onCurrentLevelChange = vi.fn();
    const onExpandedLevelsChange = vi.fn();
    render(
      <RoadmapTimeline
        curriculum={fixtureCurriculum}
        onCurrentLevelChange={onCurrentLevelChange}
        onExpandedLevelsChange={onExpandedLevelsChange}
      />,
    );
    await user.click(stops()[2] as HTMLElement);
    expect(onCurrentLevelChange).toHaveBeenCalledWith('l3');
    expect(onExpandedLevelsChange).toHaveBeenLastCalledWith(['l1', 'l3']);
    expect(stops()[2]?.getAttribute('aria-current')).toBe('step');
    expect(stops()[2]?.getAttribute('aria-expanded')).toBe('true');
    await user.click(stops()[0] as HTMLElement);
    expect(onExpandedLevelsChange).toHaveBeenLastCalledWith(['l3']);
    expect(stops()[0]?.getAttribute('aria-expanded')).toBe('false');
  });

  it('follows controlled current and expanded levels', async () => {
    const user = userEvent.setup();
    const onExpandedLevelsChange = vi.fn();
    render(
      <RoadmapTimeline
        curriculum={fixtureCurriculum}
        currentLevel="l2"
        expandedLevels={['l3']}
        onExpandedLevelsChange={onExpandedLevelsChange}
      />,
    );
    expect(stops().map((stop) => stop.getAttribute('aria-current'))).toEqual([null, 'step', null]);
    expect(stops().map((stop) => stop.getAttribute('aria-expanded'))).toEqual([
      'false',
      'false',
      'true',
    ]);
    await user.click(stops()[0] as HTMLElement);
    expect(onExpandedLevelsChange).toHaveBeenCalledWith(['l3', 'l1']);
    expect(stops()[0]?.getAttribute('aria-expanded')).toBe('false');
  });

  it('keeps the levels a learner opens in the store, and opens them again (uncontrolled)', async () => {
    const user = userEvent.setup();
    const store = fixtureStore();
    const first = render(
      <RoadmapTimeline curriculum={fixtureCurriculum} store={store} defaultExpandedLevels={[]} />,
    );
    await user.click(stops()[1] as HTMLElement);
    expect(store.getOpenLevels?.()).toEqual(['l2']);
    first.unmount();
    // As after a reload: the saved levels win over the default.
    render(
      <RoadmapTimeline curriculum={fixtureCurriculum} store={store} defaultExpandedLevels={[]} />,
    );
    expect(stops().map((stop) => stop.getAttribute('aria-expanded'))).toEqual([
      'false',
      'true',
      'false',
    ]);
    // Closing every level is remembered as well.
    await user.click(stops()[1] as HTMLElement);
    expect(store.getOpenLevels?.()).toEqual([]);
  });

  it('lets controlled expanded levels win over the saved ones, and saves nothing', async () => {
    const user = userEvent.setup();
    const store = createMemoryStore({
      curriculumId: fixtureCurriculum.id,
      initialOpenLevels: ['l1'],
    });
    render(
      <RoadmapTimeline curriculum={fixtureCurriculum} store={store} expandedLevels={['l3']} />,
    );
    expect(stops().map((stop) => stop.getAttribute('aria-expanded'))).toEqual([
      'false',
      'false',
      'true',
    ]);
    await user.click(stops()[1] as HTMLElement);
    expect(store.getOpenLevels?.()).toEqual(['l1']);
  });

  it('expands every level with defaultExpandedLevels="all"', () => {
    render(<RoadmapTimeline curriculum={fixtureCurriculum} defaultExpandedLevels="all" />);
    expect(stops().every((stop) => stop.getAttribute('aria-expanded') === 'true')).toBe(true);
    expect(screen.getAllByRole('button', { name: /, status: / })).toHaveLength(8);
  });

  it('shows an error panel for an invalid curriculum, keeping className and dir', () => {
    render(
      <RoadmapTimeline curriculum={parseCurriculum({ levels: [] })} className="mine" dir="rtl" />,
    );
    const alert = screen.getByRole('alert');
    expect(alert.classList.contains('mine')).toBe(true);
    expect(alert.getAttribute('dir')).toBe('rtl');
  });

  it('shows an error panel when there is no curriculum at all', () => {
    render(<RoadmapTimeline />);
    expect(screen.getByRole('alert').textContent).toContain('No curriculum');
  });

  it('takes a locale and read-only mode from its own props inside a provider', () => {
    renderWithFixture(<RoadmapTimeline locale="zh-CN" readOnly defaultExpandedLevels="all" />);
    expect(screen.getByRole('list', { name: '测试路线图' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /状态/ })).toBeNull();
  });
});
