/**
 * Draws public/og-image.png (1200 × 630), the picture link previews show for every page, with the
 * local Chromium. Run it again when the roadmap's title or levels change:
 *
 *   node scripts/og-image.js
 */
import { fileURLToPath } from 'node:url';
import llmEngineer from '@trailmark/curriculum/roadmaps/llm-engineer';
import { launchChromium } from '../../../scripts/lib/chromium.mjs';

const text = (
  /** @type {string | Record<string, string>} */ value,
  /** @type {string} */ locale,
) => (typeof value === 'string' ? value : (value[locale] ?? Object.values(value)[0] ?? ''));

/** @param {string} value */
const escapeHtml = (value) => value.replace(/[&<>"]/g, (char) => `&#${char.charCodeAt(0)};`);

const tones = ['#0f766e', '#1d5fbf', '#5b3fc4', '#a3258f', '#a14a0b'];
const levels = llmEngineer.levels
  .map(
    (level, index) =>
      `<li style="--tone:${tones[index % tones.length]}"><b>${escapeHtml(level.code)}</b><span>${escapeHtml(text(level.title, 'zh-CN'))}</span><small>${escapeHtml(text(level.title, 'en'))}</small></li>`,
  )
  .join('');

const html = `<!doctype html><html><head><meta charset="utf-8"><style>
  * { box-sizing: border-box; margin: 0; }
  body { width: 1200px; height: 630px; padding: 64px 72px; background: #f8fafb; color: #16202a;
    font-family: "Noto Sans CJK SC", system-ui, sans-serif; display: flex; flex-direction: column; }
  header { display: flex; align-items: center; gap: 16px; font-size: 30px; font-weight: 700; color: #0f766e; }
  h1 { margin-top: 36px; font-size: 64px; line-height: 1.15; }
  h2 { margin-top: 10px; font-size: 34px; font-weight: 500; color: #4f5d6b; }
  ol { list-style: none; padding: 0; margin-top: auto; display: grid; grid-template-columns: repeat(5, 1fr); gap: 14px; }
  li { border-top: 8px solid var(--tone); background: #fff; border-radius: 12px; padding: 16px; display: grid; gap: 6px;
    box-shadow: 0 4px 12px rgb(16 24 40 / 0.08); }
  li b { color: var(--tone); font-size: 26px; }
  li span { font-size: 20px; font-weight: 700; line-height: 1.3; }
  li small { font-size: 15px; color: #4f5d6b; line-height: 1.3; }
</style></head><body>
  <header><svg width="48" height="48" viewBox="0 0 32 32"><rect width="32" height="32" rx="7" fill="#0f766e"/><path d="M7 23h6l3-7 3 4h6" fill="none" stroke="#fff" stroke-width="2.5" stroke-linecap="round" stroke-linejoin="round"/><circle cx="7" cy="23" r="2.5" fill="#fff"/><circle cx="25" cy="20" r="2.5" fill="#fff"/></svg>Trailmark</header>
  <h1>${escapeHtml(text(llmEngineer.title, 'zh-CN'))}</h1>
  <h2>${escapeHtml(text(llmEngineer.title, 'en'))}</h2>
  <ol>${levels}</ol>
</body></html>`;

const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1200, height: 630 } });
  await page.setContent(html);
  const target = fileURLToPath(new URL('../public/og-image.png', import.meta.url));
  await page.screenshot({ path: target });
  console.log(`og-image: wrote ${target}`);
} finally {
  await browser.close();
}
