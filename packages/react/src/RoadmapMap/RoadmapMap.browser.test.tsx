import { act, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { cdp, page, userEvent } from 'vitest/browser';
import '../test-support/styles';
import './RoadmapMap.css';
import { fixtureCurriculum } from '../test-fixtures/curriculum';
import { axeViolations } from '../test-support/axe';
import { fixtureStore } from '../test-support/render';
import { RoadmapMap, type RoadmapMapProps } from './RoadmapMap';

afterEach(async () => {
  await page.viewport(1024, 768);
});

function renderMap(props: Partial<RoadmapMapProps> = {}) {
  const utils = render(
    <div style={{ width: '900px' }}>
      <RoadmapMap curriculum={fixtureCurriculum} store={fixtureStore()} {...props} />
    </div>,
  );
  const map = () => screen.getByRole('group', { name: 'Fixture roadmap: map' });
  const topic = (name: RegExp) => within(map()).getByRole('button', { name });
  return { ...utils, map, topic };
}

/** The svg's viewBox as numbers: x, y, width, height. */
function viewBoxOf(element: Element): number[] {
  return (element.getAttribute('viewBox') ?? '').split(' ').map(Number);
}

/** Waits until the map has measured its viewport and become interactive. */
async function interactive(container: HTMLElement) {
  await expect
    .poll(() => container.querySelector('.tm-map')?.hasAttribute('data-interactive'))
    .toBe(true);
}

describe('RoadmapMap in Chromium', () => {
  it('is one Tab stop; arrows move by position, [ and ] along prerequisites', async () => {
    const { container, topic } = renderMap();
    await interactive(container);
    const buttons = within(
      screen.getByRole('group', { name: 'Fixture roadmap: map' }),
    ).getAllByRole('button');
    expect(buttons.filter((button) => button.tabIndex === 0)).toHaveLength(1);

    // Past the toolbar's three buttons, the map's one stop: the first topic.
    await userEvent.tab();
    await userEvent.tab();
    await userEvent.tab();
    await userEvent.tab();
    expect(document.activeElement).toBe(topic(/^Python, Not started$/));

    // RAG needs embeddings and prompting: ] from tokens reaches embeddings, [ from rag goes back.
    topic(/^Retrieval-augmented generation/).focus();
    await userEvent.keyboard('[[');
    expect(document.activeElement).toBe(topic(/^Embeddings/));
    await userEvent.keyboard('[[');
    expect(document.activeElement).toBe(topic(/^Prompt engineering/));
    await userEvent.keyboard('[[');
    expect(document.activeElement).toBe(topic(/^Embeddings/));
    await userEvent.keyboard(']');
    expect(document.activeElement).toBe(topic(/^Retrieval-augmented generation/));

    // Arrows go to the nearest topic on screen that way; the Tab stop follows focus.
    const start = document.activeElement as Element;
    const from = start.getBoundingClientRect();
    await userEvent.keyboard('{ArrowUp}');
    const up = document.activeElement as Element;
    expect(up).not.toBe(start);
    expect(up.getBoundingClientRect().top).toBeLessThan(from.top);
    expect(up.getAttribute('tabindex')).toBe('0');
    expect(start.getAttribute('tabindex')).toBe('-1');
    await userEvent.keyboard('{Home}');
    expect(document.activeElement).toBe(topic(/^Python/));
  });

  it('announces status and missing prerequisites in each topic name', async () => {
    const { topic } = renderMap({
      store: fixtureStore({ embeddings: 'done', tokens: 'done' }),
    });
    expect(
      topic(/^Retrieval-augmented generation, Not started, 1 prerequisite missing$/),
    ).toBeTruthy();
    expect(topic(/^Embeddings, Done$/)).toBeTruthy();
  });

  it('shows details on Enter, moves to a prerequisite from them, closes on Escape', async () => {
    const changes: (string | null)[] = [];
    const { topic } = renderMap({ onSelectedTopicChange: (id) => changes.push(id) });
    const rag = topic(/^Retrieval-augmented generation/);
    rag.focus();
    await userEvent.keyboard('{Enter}');
    expect(rag).toHaveAttribute('aria-expanded', 'true');
    const details = screen.getByRole('region', { name: 'Retrieval-augmented generation' });
    expect(within(details).getByRole('button', { name: /status: Not started/ })).toBeTruthy();
    await userEvent.click(within(details).getByRole('button', { name: 'Embeddings, Not started' }));
    expect(document.activeElement).toBe(topic(/^Embeddings/));
    expect(screen.getByRole('region', { name: 'Embeddings' })).toBeTruthy();
    // Escape in the details closes them and puts focus back on the topic.
    within(screen.getByRole('region', { name: 'Embeddings' }))
      .getByRole('button', { name: 'Close details' })
      .focus();
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('region')).toBeNull();
    expect(document.activeElement).toBe(topic(/^Embeddings/));
    expect(changes).toEqual(['rag', 'embeddings', null]);
  });

  it('sets a status from the details with the timeline status menu', async () => {
    const { topic } = renderMap({ defaultSelectedTopic: 'python' });
    const details = screen.getByRole('region', { name: 'Python' });
    await userEvent.click(within(details).getByRole('button', { name: /status: Not started/ }));
    await userEvent.click(screen.getByRole('menuitemradio', { name: 'Done' }));
    expect(topic(/^Python, Done$/)).toBeTruthy();
  });

  it('zooms with the buttons and the keys, keeping the focused topic in view', async () => {
    const { container, topic } = renderMap();
    await interactive(container);
    const svg = container.querySelector('svg.tm-map__svg') as SVGSVGElement;
    const [, , width0] = viewBoxOf(svg);
    await userEvent.click(screen.getByRole('button', { name: 'Zoom in' }));
    const [, , width1] = viewBoxOf(svg);
    expect(width1).toBeCloseTo((width0 as number) / 1.25, 1);
    await userEvent.click(screen.getByRole('button', { name: 'Zoom out' }));
    await userEvent.click(screen.getByRole('button', { name: 'Show the whole map' }));
    const [x, y, w, h] = viewBoxOf(svg) as [number, number, number, number];
    const layoutWidth = Number(svg.querySelector('svg.tm-map__drawing')?.getAttribute('width'));
    // The whole map fits: the view covers the drawing.
    expect(x).toBeLessThanOrEqual(0);
    expect(x + w).toBeGreaterThanOrEqual(layoutWidth);
    expect(y).toBeLessThanOrEqual(0);
    expect(h).toBeGreaterThan(0);

    const eval_ = topic(/^Evaluation/);
    eval_.focus();
    for (let i = 0; i < 6; i++) await userEvent.keyboard('+');
    expect(document.activeElement).toBe(eval_);
    const box = eval_.getBoundingClientRect();
    const viewport = (
      container.querySelector('.tm-map__viewport') as HTMLElement
    ).getBoundingClientRect();
    expect(box.left).toBeGreaterThanOrEqual(viewport.left);
    expect(box.right).toBeLessThanOrEqual(viewport.right);
    expect(box.top).toBeGreaterThanOrEqual(viewport.top);
    expect(box.bottom).toBeLessThanOrEqual(viewport.bottom);
    // The zoom-in button says when it can go no further, and keeps its focus.
    const zoomIn = screen.getByRole('button', { name: 'Zoom in' });
    zoomIn.focus();
    // Playwright will not click a button that says it is disabled: press Enter as a person would.
    for (let i = 0; i < 10; i++) await userEvent.keyboard('{Enter}');
    expect(zoomIn).toHaveAttribute('aria-disabled', 'true');
    expect(document.activeElement).toBe(zoomIn);
  });

  it('passes axe, with details open', async () => {
    const { container } = renderMap({ defaultSelectedTopic: 'rag' });
    await interactive(container);
    expect((await axeViolations(container)).join('\n')).toBe('');
  });

  it('keeps focus on the topic when a status change re-renders it', async () => {
    const store = fixtureStore();
    const { topic } = renderMap({ store });
    const python = topic(/^Python/);
    python.focus();
    await act(async () => {
      const { setStatus } = await import('@trailmark/curriculum');
      store.set(setStatus(store.get(), 'python', 'done'));
    });
    expect(document.activeElement).toBe(python);
    expect(python).toHaveAttribute('aria-label', 'Python, Done');
  });

  it('prints the whole map at the page width, then returns to the view', async () => {
    const { container } = renderMap();
    await interactive(container);
    const svg = container.querySelector('svg.tm-map__svg') as SVGSVGElement;
    await userEvent.click(screen.getByRole('button', { name: 'Zoom in' }));
    const zoomed = svg.getAttribute('viewBox');
    window.dispatchEvent(new Event('beforeprint'));
    const [x, y, width, height] = viewBoxOf(svg);
    expect([x, y]).toEqual([-16, -16]);
    expect(width).toBe(Number(svg.getAttribute('width')));
    expect(height).toBe(Number(svg.getAttribute('height')));
    window.dispatchEvent(new Event('afterprint'));
    expect(svg.getAttribute('viewBox')).toBe(zoomed);
  });

  it('keeps statuses apart by shape in forced colors, where every colour is the system’s', async () => {
    await cdp().send('Emulation.setEmulatedMedia', {
      features: [{ name: 'forced-colors', value: 'active' }],
    });
    try {
      const { container } = renderMap({
        store: fixtureStore({ python: 'done', http: 'skipped', tokens: 'in-progress' }),
      });
      const node = (id: string) => container.querySelector(`[data-topic-id="${id}"]`) as Element;
      const shapes = ['prompting', 'tokens', 'python', 'http'].map((id) =>
        [...node(id).querySelectorAll('circle, path')].map((mark) => mark.getAttribute('class')),
      );
      expect(shapes).toEqual([
        ['tm-map__ring'],
        ['tm-map__ring', 'tm-map__half'],
        ['tm-map__ring', 'tm-map__check'],
        ['tm-map__ring', 'tm-map__slash'],
      ]);
      // One colour for every status's ring: the system's text colour, so only the shape tells.
      const rings = ['prompting', 'tokens', 'python', 'http'].map(
        (id) => getComputedStyle(node(id).querySelector('.tm-map__ring') as Element).stroke,
      );
      expect(new Set(rings).size).toBe(1);
      const box = getComputedStyle(node('python').querySelector('.tm-map__box') as Element);
      const canvasText = document.createElement('span');
      canvasText.style.color = 'CanvasText';
      document.body.append(canvasText);
      expect(box.stroke).toBe(getComputedStyle(canvasText).color);
      canvasText.remove();
    } finally {
      await cdp().send('Emulation.setEmulatedMedia', { features: [] });
    }
  });

  it('highlights the chain of prerequisites and the dependents of the focused topic', async () => {
    const { container, topic } = renderMap();
    topic(/^Retrieval-augmented generation/).focus();
    const marks = Object.fromEntries(
      [...container.querySelectorAll('[data-topic-id]')].map((node) => [
        node.getAttribute('data-topic-id'),
        node.getAttribute('data-highlight'),
      ]),
    );
    // rag needs embeddings (which needs tokens) and prompting (which needs python); pretraining needs rag.
    expect(marks).toMatchObject({
      rag: 'self',
      embeddings: 'prerequisite',
      tokens: 'prerequisite',
      prompting: 'prerequisite',
      python: 'prerequisite',
      pretraining: 'dependent',
      http: null,
    });
    const lit = [...container.querySelectorAll('.tm-map__edge[data-highlight]')].map(
      (edge) => `${edge.getAttribute('data-from')}>${edge.getAttribute('data-to')}`,
    );
    expect(lit.sort()).toEqual(
      [
        'embeddings>rag',
        'prompting>rag',
        'python>prompting',
        'rag>pretraining',
        'tokens>embeddings',
      ].sort(),
    );
    (document.activeElement as HTMLElement).blur();
    expect(container.querySelector('[data-highlight]')).toBeNull();
  });
  it('mirrors the drawing right to left about the layout, with no inline style', async () => {
    /** Where a topic's box is drawn on screen, and where the layout puts it (mirrored or not). */
    const place = (container: HTMLElement, rtl: boolean) => {
      const drawing = container.querySelector('svg.tm-map__drawing') as SVGSVGElement;
      const box = container.querySelector(
        '[data-topic-id="python"] .tm-map__box',
      ) as SVGRectElement;
      const width = Number(drawing.getAttribute('width'));
      const x = Number(box.getAttribute('x'));
      const w = Number(box.getAttribute('width'));
      const ctm = drawing.getScreenCTM() as DOMMatrix;
      const left = rtl ? width - x - w : x;
      return { drawn: box.getBoundingClientRect().left, laidOut: ctm.a * left + ctm.e };
    };
    for (const rtl of [false, true]) {
      const { container, unmount } = render(
        <div dir={rtl ? 'rtl' : 'ltr'} style={{ width: '900px' }}>
          <RoadmapMap curriculum={fixtureCurriculum} store={fixtureStore()} />
        </div>,
      );
      await interactive(container);
      expect(container.querySelector('.tm-map [style]')).toBeNull();
      const { drawn, laidOut } = place(container, rtl);
      expect(Math.abs(drawn - laidOut)).toBeLessThan(1);
      unmount();
    }
  });
});
