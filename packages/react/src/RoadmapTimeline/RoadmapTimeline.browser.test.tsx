import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import '../test-support/styles';
import { fixtureCurriculum } from '../test-fixtures/curriculum';
import { axeViolations } from '../test-support/axe';
import { overflowing, smallTargets } from '../test-support/layout';
import { RoadmapTimeline, type RoadmapTimelineProps } from './RoadmapTimeline';

afterEach(async () => {
  await page.viewport(1024, 768);
});

function renderTimeline(props: Partial<RoadmapTimelineProps> = {}, width = 900) {
  const utils = render(
    <div style={{ width: `${width}px` }} data-testid="frame">
      <RoadmapTimeline curriculum={fixtureCurriculum} {...props} />
    </div>,
  );
  const stops = () => screen.getAllByRole('button', { name: /^L\d / });
  return { ...utils, stops, frame: screen.getByTestId('frame') };
}

describe('RoadmapTimeline in Chromium', () => {
  it('moves focus between level stops with the keyboard (vertical)', async () => {
    const { stops } = renderTimeline({ orientation: 'vertical' });
    await userEvent.tab();
    expect(document.activeElement).toBe(stops()[0]);
    await userEvent.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(stops()[1]);
    await userEvent.keyboard('{ArrowLeft}');
    expect(document.activeElement).toBe(stops()[1]);
    await userEvent.keyboard('{End}');
    expect(document.activeElement).toBe(stops()[2]);
    await userEvent.keyboard('{Home}');
    expect(document.activeElement).toBe(stops()[0]);
    // Tab goes on into the expanded level, then to the next header: every header is a Tab stop.
    await userEvent.tab();
    expect(stops()).not.toContain(document.activeElement);
    await userEvent.tab({ shift: true });
    expect(document.activeElement).toBe(stops()[0]);
  });

  it('keeps every level header in the Tab order (WAI-ARIA accordion)', async () => {
    const { stops } = renderTimeline({ expandedLevels: [] });
    for (const stop of stops()) {
      await userEvent.tab();
      expect(document.activeElement).toBe(stop);
    }
    await userEvent.tab({ shift: true });
    expect(document.activeElement).toBe(stops()[1]);
  });

  it('mirrors Left/Right right-to-left (horizontal)', async () => {
    const { stops } = renderTimeline({ orientation: 'horizontal', dir: 'rtl' });
    stops()[0]?.focus();
    await userEvent.keyboard('{ArrowLeft}');
    expect(document.activeElement).toBe(stops()[1]);
    await userEvent.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(stops()[0]);
  });

  it('mirrors the layout right-to-left through logical properties', () => {
    const { container, rerender } = render(
      <div style={{ width: '500px' }}>
        <RoadmapTimeline curriculum={fixtureCurriculum} orientation="vertical" />
      </div>,
    );
    const measure = () => {
      const stop = container.querySelector('.tm-timeline__stop') as HTMLElement;
      const marker = stop.querySelector('.tm-timeline__marker') as HTMLElement;
      const style = getComputedStyle(stop);
      return {
        stop: stop.getBoundingClientRect(),
        marker: marker.getBoundingClientRect(),
        paddingLeft: Number.parseFloat(style.paddingLeft),
        paddingRight: Number.parseFloat(style.paddingRight),
      };
    };
    const ltr = measure();
    expect(ltr.paddingLeft).toBeGreaterThan(0);
    expect(ltr.paddingRight).toBe(0);
    expect(ltr.marker.left - ltr.stop.left).toBeLessThan(1);

    rerender(
      <div style={{ width: '500px' }}>
        <RoadmapTimeline curriculum={fixtureCurriculum} orientation="vertical" dir="rtl" />
      </div>,
    );
    const rtl = measure();
    expect(rtl.paddingRight).toBe(ltr.paddingLeft);
    expect(rtl.paddingLeft).toBe(0);
    expect(rtl.stop.right - rtl.marker.right).toBeLessThan(1);
  });

  it('fits a 320px wide screen with every level open, without horizontal overflow', async () => {
    await page.viewport(320, 640);
    const { frame } = renderTimeline({ defaultExpandedLevels: 'all' }, 320);
    const root = frame.firstElementChild as HTMLElement;
    expect(root.scrollWidth).toBeLessThanOrEqual(root.clientWidth);
    expect(overflowing(frame)).toEqual([]);
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(320);
  });

  it('is one column when narrow and alternates sides when there is room (auto)', () => {
    const { container, rerender } = render(
      <div style={{ width: '400px' }}>
        <RoadmapTimeline curriculum={fixtureCurriculum} />
      </div>,
    );
    const cardLefts = () =>
      [...container.querySelectorAll('.tm-level-card')].map((card) =>
        Math.round(card.getBoundingClientRect().left),
      );
    const narrow = cardLefts();
    expect(new Set(narrow).size).toBe(1);
    rerender(
      <div style={{ width: '1000px' }}>
        <RoadmapTimeline curriculum={fixtureCurriculum} />
      </div>,
    );
    const [first, second, third] = cardLefts();
    expect(second).toBeGreaterThan((first ?? 0) + 300);
    expect(third).toBe(first);
  });

  it('lays levels out in a row when horizontal', () => {
    const { container } = renderTimeline({ orientation: 'horizontal' }, 1000);
    const tops = [...container.querySelectorAll('.tm-level-card')].map((card) =>
      Math.round(card.getBoundingClientRect().top),
    );
    expect(new Set(tops).size).toBe(1);
  });

  it('shows a visible focus ring of at least 2px in the focus color', async () => {
    const { stops } = renderTimeline();
    await userEvent.tab();
    const style = getComputedStyle(stops()[0] as HTMLElement);
    expect(style.outlineStyle).toBe('solid');
    expect(Number.parseFloat(style.outlineWidth)).toBeGreaterThanOrEqual(2);
    const ring = getComputedStyle(document.documentElement)
      .getPropertyValue('--tm-color-focus-ring')
      .trim();
    expect(ring).not.toBe('');
    const probe = document.createElement('div');
    probe.style.color = ring;
    document.body.append(probe);
    expect(style.outlineColor).toBe(getComputedStyle(probe).color);
    probe.remove();
  });

  it('keeps every control at least 24×24 px', () => {
    const { frame } = renderTimeline({ defaultExpandedLevels: 'all' }, 360);
    expect(smallTargets(frame)).toEqual([]);
  });

  it.each(['light', 'dark'] as const)(
    'has no axe violations, color contrast included, in the %s theme',
    async (theme) => {
      const { frame } = renderTimeline({ defaultExpandedLevels: 'all', theme });
      expect(await axeViolations(frame)).toEqual([]);
    },
  );
});
