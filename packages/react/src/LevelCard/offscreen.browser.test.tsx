// Modules far off screen skip rendering (content-visibility: auto). These tests hold the promises
// that come with it: skipped topics are reachable with Tab, found by the browser's text search,
// scrolled to by links, and printed; an open status menu is never cut off. (That they stay in the
// accessibility tree: offscreen.assistive.test.tsx.)
import { render, screen, waitFor } from '@testing-library/react';
import { assertCurriculum } from '@trailmark/curriculum';
import { afterEach, describe, expect, it } from 'vitest';
import { cdp, page, userEvent } from 'vitest/browser';
import '../test-support/styles';
import { RoadmapTimeline } from '../RoadmapTimeline/RoadmapTimeline';
import { generateCurriculum } from '../test-fixtures';

const large = assertCurriculum(generateCurriculum({ levels: 2, topics: 200 }));

/** Resolves after the browser has rendered a frame (and so decided what is on screen). */
const nextFrame = () =>
  new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/** Whether Chromium skips rendering `element` because it is in an off-screen `auto` box. */
const skipped = (element: Element) =>
  element.checkVisibility() && !element.checkVisibility({ contentVisibilityAuto: true });

/** Resolves once the timeline has built every topic (it fills in after its first screen). */
const filledIn = () =>
  waitFor(() => expect(document.querySelectorAll('[data-tm-action="status"]')).toHaveLength(200));

const renderTimeline = async () => {
  render(<RoadmapTimeline curriculum={large} orientation="vertical" defaultExpandedLevels="all" />);
  await filledIn();
};

afterEach(async () => {
  window.scrollTo(0, 0);
  await page.viewport(1024, 768);
  await cdp().send('Emulation.setEmulatedMedia', { media: '' });
});

describe('modules off screen', () => {
  it('skip rendering while the lists on screen render in the first frame', async () => {
    await page.viewport(1024, 600);
    await renderTimeline();
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
        <div style={{ blockSize: '3000px' }} />
        <RoadmapTimeline curriculum={large} orientation="vertical" defaultExpandedLevels="all" />
      </>,
    );
    await filledIn();
    await nextFrame();
    const first = screen.getByRole('button', {
      name: 'Practical retrieval for production systems, part 1',
    });
    expect(skipped(first)).toBe(true);

    // The level header is the last tab stop before the first module's topics.
    screen.getByRole('button', { name: /^L1 / }).focus();
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
    await renderTimeline();
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
    await renderTimeline();
    await nextFrame();
    const lock = document.querySelector('[data-topic-id="topic-155"] .tm-topic__lock');
    expect(lock && skipped(lock)).toBe(true);
    location.hash = (lock as Element).id;
    await nextFrame();
    const box = (lock as Element).getBoundingClientRect();
    // At the top of the viewport (scroll offsets are whole pixels, so within one).
    expect(box.top).toBeGreaterThan(-1);
    expect(box.bottom).toBeLessThanOrEqual(window.innerHeight);
    expect(skipped(lock as Element)).toBe(false);
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('are all rendered for print', async () => {
    await renderTimeline();
    await nextFrame();
    const modules = Array.from(document.querySelectorAll('.tm-level-card__body > .tm-topic-list'));
    const last = modules.at(-1)?.querySelector('li:last-child') as Element;
    expect(skipped(last)).toBe(true);
    await cdp().send('Emulation.setEmulatedMedia', { media: 'print' });
    await nextFrame();
    expect(modules.map((module) => getComputedStyle(module).contentVisibility)).not.toContain(
      'auto',
    );
    expect(skipped(last)).toBe(false);
  });

  it('never cut off the status menu of their last topic', async () => {
    await renderTimeline();
    const button = screen.getByRole('button', { name: /part 10, status: / });
    button.focus();
    await userEvent.keyboard('{Enter}');
    const menu = screen.getByRole('menu');
    const module = button.closest('.tm-topic-list') as HTMLElement;
    expect(menu.getBoundingClientRect().bottom).toBeGreaterThan(
      module.getBoundingClientRect().bottom,
    );
    // Nothing clips it: its last item is what is found at that item's place.
    const last = screen.getAllByRole('menuitemradio').at(-1) as HTMLElement;
    const item = last.getBoundingClientRect();
    expect(document.elementFromPoint(item.left + 5, item.bottom - 5)).toBe(last);
  });
});
