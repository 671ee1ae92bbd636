// A long roadmap rendered in the browser shows its first screen at once and builds the rest while
// the page is idle; before printing it is whole (server markup and hydration: hydration.test.tsx).
import { act, render, screen, waitFor } from '@testing-library/react';
import { assertCurriculum } from '@trailmark/curriculum';
import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { describe, expect, it } from 'vitest';
import { RoadmapTimeline } from '../RoadmapTimeline/RoadmapTimeline';
import { generateCurriculum } from '../test-fixtures';
import { LevelCard } from './LevelCard';
import { FIRST_SCREEN_TOPICS } from './useModuleFill';

const large = assertCurriculum(generateCurriculum({ levels: 4, topics: 600 }));
const statusButtons = (container: ParentNode) =>
  container.querySelectorAll('[data-tm-action="status"]');

/** A page that opens every level for print, as the demo does: in `beforeprint`. */
function Printable() {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    const open = () => flushSync(() => setPrinting(true));
    window.addEventListener('beforeprint', open);
    return () => window.removeEventListener('beforeprint', open);
  }, []);
  return (
    <RoadmapTimeline
      curriculum={large}
      orientation="vertical"
      expandedLevels={printing ? large.levels.map((level) => level.id) : ['level-1']}
    />
  );
}

describe('a long roadmap', () => {
  it('renders a first screen of topics at once, then every topic in order', async () => {
    const { container } = render(
      <RoadmapTimeline curriculum={large} orientation="vertical" defaultExpandedLevels="all" />,
    );
    const first = statusButtons(container).length;
    // Whole modules of 10, shared among the open levels: the first one's first four.
    expect(first).toBe(FIRST_SCREEN_TOPICS);
    expect(container.querySelectorAll('article')).toHaveLength(4);
    await waitFor(() => expect(statusButtons(container)).toHaveLength(600), { timeout: 40_000 });
    const ids = [...container.querySelectorAll('[data-topic-id]')].map((row) =>
      row.getAttribute('data-topic-id'),
    );
    expect(ids).toEqual(Array.from({ length: 600 }, (_, n) => `topic-${n}`));
  });

  it('is whole before printing', () => {
    const { container } = render(
      <RoadmapTimeline curriculum={large} orientation="vertical" defaultExpandedLevels="all" />,
    );
    expect(statusButtons(container).length).toBeLessThan(600);
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    expect(statusButtons(container)).toHaveLength(600);
  });

  it('is whole before printing when a page opens every level for print', () => {
    const { container } = render(<Printable />);
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    expect(statusButtons(container)).toHaveLength(600);
  });

  it("shows a level's first screen in the same frame as it opens", () => {
    // Only the current level is open: its first screen uses the timeline's first-render share.
    const { container } = render(<RoadmapTimeline curriculum={large} orientation="vertical" />);
    const third = container.querySelector('[data-level-id="level-3"]') as HTMLElement;
    act(() => screen.getByRole('button', { name: /^L3 / }).click());
    expect(statusButtons(third)).toHaveLength(FIRST_SCREEN_TOPICS);
  });

  it('renders a lone card the same way', async () => {
    const { container } = render(
      <LevelCard curriculum={large} levelId="level-2" defaultExpanded />,
    );
    expect(statusButtons(container)).toHaveLength(FIRST_SCREEN_TOPICS);
    await waitFor(() => expect(statusButtons(container)).toHaveLength(150), { timeout: 10_000 });
  });
});
