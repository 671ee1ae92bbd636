import { render, screen, within } from '@testing-library/react';
import { llmEngineer } from '@trailmark/curriculum/roadmaps/llm-engineer';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cdp } from 'vitest/browser';
import '../test-support/styles';
import './RoadmapMap.css';
import { RoadmapMap } from './RoadmapMap';

interface TouchPoint {
  x: number;
  y: number;
  id: number;
}

/** Real touches through the Chrome DevTools Protocol, in the coordinates of the top page. */
async function touch(type: 'touchStart' | 'touchMove' | 'touchEnd', points: TouchPoint[]) {
  // The test runs in an iframe: the protocol wants points in the top page's viewport.
  const frame = window.frameElement?.getBoundingClientRect() ?? { left: 0, top: 0 };
  await cdp().send('Input.dispatchTouchEvent', {
    type,
    touchPoints: points.map((point) => ({
      x: point.x + frame.left,
      y: point.y + frame.top,
      id: point.id,
    })),
  });
}

/** Two fingers from `gap` apart to `gap * spread` apart about the centre of `element`. */
async function pinch(element: Element, gap: number, spread: number, shift = { x: 0, y: 0 }) {
  const box = element.getBoundingClientRect();
  const cx = box.left + box.width / 2;
  const cy = box.top + box.height / 2;
  const at = (t: number): TouchPoint[] => {
    const half = (gap * (1 + (spread - 1) * t)) / 2;
    return [
      { x: cx - half + shift.x * t, y: cy + shift.y * t, id: 1 },
      { x: cx + half + shift.x * t, y: cy + shift.y * t, id: 2 },
    ];
  };
  await touch('touchStart', at(0));
  for (let step = 1; step <= 8; step++) await touch('touchMove', at(step / 8));
  await touch('touchEnd', []);
}

/** A wheel turn over a point of the page, as a mouse would send it; `modifiers` 2 is Ctrl. */
async function wheel(x: number, y: number, deltaY: number, modifiers = 0) {
  const frame = window.frameElement?.getBoundingClientRect() ?? { left: 0, top: 0 };
  await cdp().send('Input.dispatchMouseEvent', {
    type: 'mouseWheel',
    x: x + frame.left,
    y: y + frame.top,
    deltaX: 0,
    deltaY,
    modifiers,
  });
}

function viewBoxOf(element: Element): number[] {
  return (element.getAttribute('viewBox') ?? '').split(' ').map(Number);
}

beforeEach(async () => {
  // A phone: the page itself can be pinch-zoomed (desktop Chromium would not zoom it at all, and
  // the check that it did not would prove nothing).
  await cdp().send('Emulation.setDeviceMetricsOverride', {
    width: 800,
    height: 900,
    deviceScaleFactor: 1,
    mobile: true,
  });
  await cdp().send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 5 });
});

afterEach(async () => {
  await cdp().send('Emulation.setTouchEmulationEnabled', { enabled: false });
  await cdp().send('Emulation.clearDeviceMetricsOverride', {});
  window.scrollTo(0, 0);
});

describe('RoadmapMap with touch', () => {
  it('zooms and pans by pinch inside the map; the page neither zooms nor scrolls', async () => {
    const { container } = render(
      <div>
        <div style={{ height: '200px' }}>Above the map</div>
        <RoadmapMap curriculum={llmEngineer} locale="en" style={{ width: '600px' }} />
        <div style={{ height: '2000px' }}>Below the map</div>
      </div>,
    );
    const root = container.querySelector('.tm-map') as HTMLElement;
    await expect.poll(() => root.hasAttribute('data-interactive')).toBe(true);
    const viewport = container.querySelector('.tm-map__viewport') as HTMLElement;
    const svg = container.querySelector('.tm-map__svg') as SVGSVGElement;
    root.scrollIntoView({ block: 'start' });
    const scrollBefore = window.scrollY;
    const topic = within(screen.getByRole('group', { name: /: map$/ })).getAllByRole('button')[0];
    topic?.focus();

    const [x0, y0, width0] = viewBoxOf(svg) as [number, number, number];
    await pinch(viewport, 80, 2.5);
    const [, , width1] = viewBoxOf(svg) as [number, number, number];
    // The map zoomed in by about the fingers' spread (within its limits)...
    expect(width1).toBeLessThan(width0 / 1.8);
    // ...and the page did not: no page zoom, no scroll.
    expect(window.top?.visualViewport?.scale ?? 1).toBe(1);
    expect(window.visualViewport?.scale ?? 1).toBe(1);
    expect(window.scrollY).toBe(scrollBefore);

    // Two fingers moving together pan the map, not the page.
    const [x1, y1] = viewBoxOf(svg) as [number, number];
    await pinch(viewport, 80, 1, { x: -60, y: -90 });
    const [x2, y2] = viewBoxOf(svg) as [number, number];
    expect(x2).toBeGreaterThan(x1);
    expect(y2).toBeGreaterThan(y1);
    expect(window.scrollY).toBe(scrollBefore);
    expect([x0, y0]).not.toEqual([x2, y2]);

    // Focus stayed on the topic the whole time.
    expect(document.activeElement).toBe(topic);
  });

  it('leaves the wheel to the page until the map has focus; Ctrl + wheel zooms the map', async () => {
    const { container } = render(
      <div>
        <RoadmapMap curriculum={llmEngineer} locale="en" style={{ width: '600px' }} />
        <div style={{ height: '3000px' }}>Below the map</div>
      </div>,
    );
    const root = container.querySelector('.tm-map') as HTMLElement;
    await expect.poll(() => root.hasAttribute('data-interactive')).toBe(true);
    const svg = container.querySelector('.tm-map__svg') as SVGSVGElement;
    const box = (
      container.querySelector('.tm-map__viewport') as HTMLElement
    ).getBoundingClientRect();
    const [cx, cy] = [box.left + box.width / 2, box.top + box.height / 4];
    const before = svg.getAttribute('viewBox');
    const [, , widthBefore] = viewBoxOf(svg) as [number, number, number];

    await wheel(cx, cy, 200);
    await expect.poll(() => window.scrollY).toBeGreaterThan(0);
    expect(svg.getAttribute('viewBox')).toBe(before);
    window.scrollTo(0, 0);

    await wheel(cx, cy, -200, 2);
    await expect.poll(() => viewBoxOf(svg)[2]).toBeLessThan(widthBefore);
    expect(window.scrollY).toBe(0);

    // With a topic focused the wheel pans the map and the page stays.
    const topic = within(screen.getByRole('group', { name: /: map$/ })).getAllByRole('button')[0];
    topic?.focus();
    const [, y0] = viewBoxOf(svg) as [number, number];
    await wheel(cx, cy, 150);
    await expect.poll(() => viewBoxOf(svg)[1]).toBeGreaterThan(y0);
    expect(window.scrollY).toBe(0);
    expect(document.activeElement).toBe(topic);
  });
});
