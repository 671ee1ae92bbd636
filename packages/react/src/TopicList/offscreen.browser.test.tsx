// Topic lists far off screen skip rendering (content-visibility: auto). These tests hold the
// promises that come with it: skipped topics are reachable with Tab, found by the browser's text
// search, and printed. (That they stay in the accessibility tree: offscreen.assistive.test.tsx.)
import { render, screen } from '@testing-library/react';
import { assertCurriculum } from '@trailmark/curriculum';
import { afterEach, describe, expect, it } from 'vitest';
import { cdp, page, userEvent } from 'vitest/browser';
import '../test-support/styles';
import { RoadmapTimeline } from '../RoadmapTimeline/RoadmapTimeline';
import { generateCurriculum } from '../test-fixtures';
import { TopicList } from './TopicList';

const large = assertCurriculum(generateCurriculum({ levels: 2, topics: 200 }));

/** Resolves after the browser has rendered a frame (and so decided what is on screen). */
const nextFrame = () =>
  new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/** Whether Chromium skips rendering `element` because it is in an off-screen `auto` box. */
const skipped = (element: Element) =>
  element.checkVisibility() && !element.checkVisibility({ contentVisibilityAuto: true });

const renderTimeline = () =>
  render(<RoadmapTimeline curriculum={large} orientation="vertical" defaultExpandedLevels="all" />);

afterEach(async () => {
  window.scrollTo(0, 0);
  await page.viewport(1024, 768);
  await cdp().send('Emulation.setEmulatedMedia', { media: '' });
});

describe('topic lists off screen', () => {
  it('skip rendering while the lists on screen render in the first frame', async () => {
    await page.viewport(1024, 600);
    renderTimeline();
    await nextFrame();
    const buttons = screen.getAllByRole('button', { name: /, status: Not started$/ });
    expect(buttons).toHaveLength(200);
    expect(skipped(buttons[0] as HTMLElement)).toBe(false);
    expect(skipped(buttons.at(-1) as HTMLElement)).toBe(true);
  });

  it('are reached by Tab, and rendered when focused', async () => {
    await page.viewport(800, 600);
    render(
      <>
        <button type="button">Before</button>
        <div style={{ blockSize: '3000px' }} />
        <TopicList curriculum={large} moduleId="module-1-1" />
      </>,
    );
    await nextFrame();
    const first = screen.getByRole('button', {
      name: 'Practical retrieval for production systems, part 1',
    });
    expect(skipped(first)).toBe(true);

    screen.getByRole('button', { name: 'Before' }).focus();
    await userEvent.tab();
    expect(document.activeElement).toBe(first);
    await nextFrame();
    expect(skipped(first)).toBe(false);
    const box = first.getBoundingClientRect();
    expect(box.top).toBeGreaterThanOrEqual(0);
    expect(box.bottom).toBeLessThanOrEqual(window.innerHeight);
  });

  it('are found by the browser text search', async () => {
    await page.viewport(800, 600);
    renderTimeline();
    await nextFrame();
    const target = screen.getByRole('button', { name: /part 190$/ });
    expect(skipped(target)).toBe(true);
    getSelection()?.removeAllRanges();
    // `window.find` is Chromium's find-in-page over the document's text.
    const find = (window as unknown as { find: (text: string) => boolean }).find;
    expect(find('production systems, part 190')).toBe(true);
    expect(target.contains(getSelection()?.anchorNode ?? null)).toBe(true);
  });

  it('scroll into view when linked to', async () => {
    await page.viewport(800, 600);
    renderTimeline();
    await nextFrame();
    const lock = document.querySelector('[data-topic-id="topic-155"] .tm-topic__lock');
    expect(lock && skipped(lock)).toBe(true);
    location.hash = (lock as Element).id;
    await nextFrame();
    const box = (lock as Element).getBoundingClientRect();
    expect(box.top).toBeGreaterThanOrEqual(0);
    expect(box.bottom).toBeLessThanOrEqual(window.innerHeight);
    expect(skipped(lock as Element)).toBe(false);
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('are all rendered for print', async () => {
    renderTimeline();
    await nextFrame();
    const lists = Array.from(document.querySelectorAll('.tm-topic-list'));
    const last = lists.at(-1)?.lastElementChild as Element;
    expect(skipped(last)).toBe(true);
    await cdp().send('Emulation.setEmulatedMedia', { media: 'print' });
    await nextFrame();
    expect(lists.map((list) => getComputedStyle(list).contentVisibility)).not.toContain('auto');
    expect(skipped(last)).toBe(false);
  });
});
