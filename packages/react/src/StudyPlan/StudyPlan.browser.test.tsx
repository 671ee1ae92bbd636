import { render, screen } from '@testing-library/react';
import llmEngineer from '@trailmark/curriculum/roadmaps/llm-engineer';
import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import '../test-support/styles';
import { fixtureCurriculum } from '../test-fixtures/curriculum';
import { axeViolations } from '../test-support/axe';
import { overflowing, smallTargets } from '../test-support/layout';
import { StudyPlan } from './StudyPlan';

afterEach(async () => {
  await page.viewport(1024, 768);
});

/** Runs of Latin letters and digits inside table cells that are split over two lines. */
function splitWords(root: HTMLElement): string[] {
  const split: string[] = [];
  for (const cell of root.querySelectorAll('th, td')) {
    const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (const word of (node.textContent ?? '').matchAll(/[A-Za-z0-9]+/g)) {
        const range = document.createRange();
        range.setStart(node, word.index);
        range.setEnd(node, word.index + word[0].length);
        const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
        if (lines.size > 1) split.push(word[0]);
      }
    }
  }
  return split;
}

describe('StudyPlan in Chromium', () => {
  it.each([
    ['a 320px screen', 320],
    ['a 320px screen with 16px page margins', 288],
  ])(
    'fits %s whole: no overflow, no scrolling, no word or number split over lines',
    async (_name, width) => {
      await page.viewport(320, 640);
      for (const curriculum of [fixtureCurriculum, llmEngineer]) {
        for (const locale of ['en', 'zh-CN']) {
          for (const includeOptional of [false, true]) {
            const { container, unmount } = render(
              <div style={{ width: `${width}px` }}>
                <StudyPlan
                  curriculum={curriculum}
                  start="2025-01-06"
                  locale={locale}
                  includeOptional={includeOptional}
                />
              </div>,
            );
            const frame = container.firstElementChild as HTMLElement;
            const scroller = container.querySelector('.tm-study-plan__scroll') as HTMLElement;
            const where = `${curriculum.id} ${locale} ${includeOptional}`;
            expect(overflowing(frame), where).toEqual([]);
            expect(scroller.scrollWidth, where).toBeLessThanOrEqual(scroller.clientWidth);
            expect(splitWords(frame), where).toEqual([]);
            expect(smallTargets(frame), where).toEqual([]);
            unmount();
          }
        }
      }
    },
  );

  it('scrolls the table inside a named, focusable region where even that is too wide', async () => {
    await page.viewport(320, 640);
    const { container } = render(
      <div style={{ width: '200px' }}>
        <StudyPlan curriculum={llmEngineer} start="2025-01-06" locale="en" />
      </div>,
    );
    const frame = container.firstElementChild as HTMLElement;
    // The table reaches past the box but is clipped by its region: the box itself does not scroll.
    expect(frame.scrollWidth).toBeLessThanOrEqual(frame.clientWidth);
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(320);
    expect(splitWords(frame)).toEqual([]);
    const region = screen.getByRole('region', { name: 'Study plan by level' });
    expect(region.scrollWidth).toBeGreaterThan(region.clientWidth);
    region.focus();
    expect(document.activeElement).toBe(region);
    await userEvent.keyboard('{ArrowRight}');
    // The keyboard scroll lands a few frames later; on a loaded two-core machine that can take
    // longer than poll's 1 s default.
    await expect.poll(() => region.scrollLeft, { timeout: 10_000 }).toBeGreaterThan(0);
  });

  it('grows the bars from the inline start, right-to-left too', () => {
    const { container, rerender } = render(
      <StudyPlan curriculum={fixtureCurriculum} start="2025-01-06" />,
    );
    const barEdges = () => {
      const svg = container.querySelectorAll('svg')[1] as SVGSVGElement;
      const rect = svg.querySelector('rect') as SVGRectElement;
      const box = svg.getBoundingClientRect();
      const bar = rect.getBoundingClientRect();
      return { start: bar.left - box.left, end: box.right - bar.right };
    };
    const ltr = barEdges();
    expect(ltr.start).toBeLessThan(1);
    expect(ltr.end).toBeGreaterThan(5);
    rerender(<StudyPlan curriculum={fixtureCurriculum} start="2025-01-06" dir="rtl" />);
    const rtl = barEdges();
    expect(rtl.end).toBeLessThan(1);
    expect(rtl.start).toBeGreaterThan(5);
  });

  it('has no axe violations, color contrast included', async () => {
    const { container } = render(
      <StudyPlan curriculum={fixtureCurriculum} start="2025-01-06" theme="dark" />,
    );
    expect(await axeViolations(container)).toEqual([]);
  });
});
