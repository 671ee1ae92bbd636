/**
 * The SVG map of the built-in roadmap in real Chromium, in both languages: at full width no two
 * texts overlap, and every topic's text stays inside its box, so the widths `toSvg` computed without
 * a DOM hold for the fonts a browser picks. Screenshots go to the system's temporary folder
 * (trailmark-map-<locale>.png) for a person to look at.
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../../scripts/lib/chromium.mjs';
import { llmEngineer } from '../src/roadmaps/llm-engineer.js';
import { toSvg } from '../src/svg/index.js';

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  page = await browser.newPage();
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

interface Measured {
  texts: { text: string; box: [number, number, number, number] }[];
  /** Topic texts whose box pokes out of their topic's rectangle. */
  outside: string[];
}

/** Boxes of every `<text>` (getBBox, mapped to the page), and topic texts outside their box. */
function measure(): Promise<Measured> {
  return page.evaluate(() => {
    const pageBox = (element: SVGGraphicsElement): [number, number, number, number] => {
      const box = element.getBBox();
      const matrix = element.getCTM() as DOMMatrix;
      const a = new DOMPoint(box.x, box.y).matrixTransform(matrix);
      const b = new DOMPoint(box.x + box.width, box.y + box.height).matrixTransform(matrix);
      return [a.x, a.y, b.x, b.y];
    };
    const texts = [...document.querySelectorAll('svg text')].map((text) => ({
      text: text.textContent ?? '',
      box: pageBox(text as SVGGraphicsElement),
    }));
    const outside: string[] = [];
    for (const group of document.querySelectorAll('svg g[data-topic]')) {
      const rect = pageBox(group.querySelector('rect') as SVGGraphicsElement);
      const text = pageBox(group.querySelector('text') as SVGGraphicsElement);
      if (text[0] < rect[0] || text[1] < rect[1] || text[2] > rect[2] || text[3] > rect[3]) {
        outside.push(group.querySelector('text')?.textContent ?? '');
      }
    }
    return { texts, outside };
  });
}

describe.each(['en', 'zh-CN'] as const)('the %s map in Chromium', (locale) => {
  it('shows every text without overlap, each topic title inside its box', async () => {
    const svg = toSvg(llmEngineer, { locale });
    const width = Number(/<svg[^>]* width="([\d.]+)"/.exec(svg)?.[1]);
    const height = Number(/<svg[^>]* height="([\d.]+)"/.exec(svg)?.[1]);
    await page.setViewportSize({ width: Math.ceil(width), height: 900 });
    await page.setContent(
      `<!doctype html><html lang="${locale}"><body style="margin:0">${svg.replace(/^<\?xml[^>]*>\s*/, '')}</body></html>`,
    );
    await page.evaluate(() => document.fonts.ready);
    const { texts, outside } = await measure();
    expect(texts.length).toBeGreaterThan(68);
    expect(outside).toEqual([]);
    const overlapping: string[] = [];
    // Half a pixel of slack: glyph boxes of neighbouring lines may touch.
    const slack = 0.5;
    for (let i = 0; i < texts.length; i++) {
      const a = texts[i] as Measured['texts'][number];
      for (let j = i + 1; j < texts.length; j++) {
        const b = texts[j] as Measured['texts'][number];
        if (
          a.box[0] < b.box[2] - slack &&
          b.box[0] < a.box[2] - slack &&
          a.box[1] < b.box[3] - slack &&
          b.box[1] < a.box[3] - slack
        ) {
          overlapping.push(`${a.text} / ${b.text}`);
        }
      }
    }
    expect(overlapping).toEqual([]);
    for (const [x, y, right, bottom] of texts.map((t) => t.box)) {
      expect(x >= 0 && y >= 0 && right <= width && bottom <= height).toBe(true);
    }
    await page.screenshot({ path: join(tmpdir(), `trailmark-map-${locale}.png`), fullPage: true });
  }, 60_000);
});
