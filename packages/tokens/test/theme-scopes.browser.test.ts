/**
 * tokens.css in real Chromium: the theme selectors give the right variables in a document and
 * inside a shadow root (the embed case), under both system color schemes.
 */
import type { Browser, Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../../scripts/lib/chromium.mjs';
import { toCss } from '../src/emit/css.js';
import { type ThemeName, tokenNames, tokens } from '../src/index.js';

const css = toCss();
const schemes = ['light', 'dark'] as const;

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  page = await browser.newPage();
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

/** The theme an element's variables come from, read back from `--tm-color-bg` and friends. */
async function themesOf(ids: string[], shadowHost?: string): Promise<Record<string, string>> {
  return page.evaluate(
    ({ ids, shadowHost, themes }) => {
      const scope = shadowHost ? document.getElementById(shadowHost)?.shadowRoot : document;
      return Object.fromEntries(
        ids.map((id) => {
          const element = id === 'html' ? document.documentElement : scope?.querySelector(`#${id}`);
          if (!element) return [id, 'missing element'];
          const style = getComputedStyle(element);
          const read = (name: string) => style.getPropertyValue(`--tm-${name}`).trim();
          const seen = [read('color-bg'), read('shadow-sm'), read('color-scheme')];
          const theme = Object.entries(themes).find(
            ([, expected]) => expected.join('|') === seen.join('|'),
          );
          return [id, theme ? theme[0] : `unknown: ${seen.join(' / ')}`];
        }),
      );
    },
    {
      ids,
      shadowHost,
      themes: Object.fromEntries(
        schemes.map((theme) => [
          theme,
          [tokens.color[theme].bg, tokens.shadow[theme].sm, tokens.colorScheme[theme]],
        ]),
      ),
    },
  );
}

describe('in a document', () => {
  const body = `
    <div id="plain"></div>
    <div id="auto" class="tm-root" data-tm-theme="auto"></div>
    <div id="light" data-tm-theme="light"></div>
    <section id="dark" data-tm-theme="dark">
      <div id="in-dark"></div>
      <div id="auto-in-dark" class="tm-root" data-tm-theme="auto"></div>
      <div id="light-in-dark" class="tm-root" data-tm-theme="light"></div>
    </section>`;

  it('parses all four rules and every declaration', async () => {
    await page.setContent(`<style>${css}</style>`);
    const parsed = await page.evaluate(() => {
      const rules = [...(document.styleSheets[0]?.cssRules ?? [])];
      const first = rules[0] as CSSStyleRule | undefined;
      return { rules: rules.length, firstRuleDeclarations: first?.style.length };
    });
    // Chromium drops a whole rule when one selector in its list is invalid.
    expect(parsed).toEqual({ rules: 4, firstRuleDeclarations: tokenNames.length });
  });

  describe.each(schemes)('system scheme %s', (scheme) => {
    it.each(['none', 'light', 'dark'] as const)('root data-tm-theme: %s', async (rootTheme) => {
      await page.emulateMedia({ colorScheme: scheme });
      const rootAttribute = rootTheme === 'none' ? '' : ` data-tm-theme="${rootTheme}"`;
      await page.setContent(
        `<html${rootAttribute}><style>${css}</style><body>${body}</body></html>`,
      );
      const root: ThemeName = rootTheme === 'none' ? scheme : rootTheme;
      expect(
        await themesOf([
          'html',
          'plain',
          'auto',
          'light',
          'dark',
          'in-dark',
          'auto-in-dark',
          'light-in-dark',
        ]),
      ).toEqual({
        html: root,
        plain: root,
        auto: root,
        light: 'light',
        dark: 'dark',
        'in-dark': 'dark',
        'auto-in-dark': 'dark',
        'light-in-dark': 'light',
      });
    });
  });
});

describe('in print', () => {
  it.each(schemes)(
    'uses the light values everywhere, whatever the theme (system %s)',
    async (scheme) => {
      await page.emulateMedia({ media: 'print', colorScheme: scheme });
      await page.setContent(`<html data-tm-theme="dark"><style>${css}</style><body>
      <div id="auto" class="tm-root" data-tm-theme="auto"></div>
      <section id="dark" data-tm-theme="dark"><div id="in-dark"></div></section></body></html>`);
      expect(await themesOf(['html', 'auto', 'dark', 'in-dark'])).toEqual({
        html: 'light',
        auto: 'light',
        dark: 'light',
        'in-dark': 'light',
      });
      await page.emulateMedia({ media: 'screen' });
    },
  );
});

describe('in a shadow root with the stylesheet adopted (the embed)', () => {
  /** A host page with no Trailmark CSS of its own, or with its own forced theme. */
  async function mount(options: {
    scheme: ThemeName;
    hostTheme?: ThemeName;
    pageCss?: string;
  }): Promise<void> {
    await page.emulateMedia({ colorScheme: options.scheme });
    const hostAttribute = options.hostTheme ? ` data-tm-theme="${options.hostTheme}"` : '';
    await page.setContent(
      `<html data-tm-theme="dark"><style>${options.pageCss ?? ''}</style><div id="host"${hostAttribute}></div></html>`,
    );
    await page.evaluate((css) => {
      const host = document.getElementById('host');
      if (!host) throw new Error('no #host');
      const shadow = host.attachShadow({ mode: 'open' });
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      shadow.adoptedStyleSheets = [sheet];
      shadow.innerHTML = `
        <div id="bare"></div>
        <div id="auto" class="tm-root" data-tm-theme="auto"></div>
        <div id="light" class="tm-root" data-tm-theme="light"></div>
        <div id="dark" class="tm-root" data-tm-theme="dark"></div>`;
    }, css);
  }

  it.each(schemes)(
    'follows system scheme %s unless the root element says otherwise',
    async (scheme) => {
      await mount({ scheme });
      expect(await themesOf(['bare', 'auto', 'light', 'dark'], 'host')).toEqual({
        bare: scheme,
        auto: scheme,
        light: 'light',
        dark: 'dark',
      });
    },
  );

  it.each(schemes.flatMap((scheme) => schemes.map((hostTheme) => [scheme, hostTheme] as const)))(
    'system %s, data-tm-theme=%s on the host element',
    async (scheme, hostTheme) => {
      await mount({ scheme, hostTheme });
      expect(await themesOf(['bare', 'auto', 'light', 'dark'], 'host')).toEqual({
        bare: hostTheme,
        auto: hostTheme,
        light: 'light',
        dark: 'dark',
      });
    },
  );

  it('is not switched by the host page’s own tokens.css and theme', async () => {
    // The page is forced dark (<html data-tm-theme="dark">) with its own copy of the tokens;
    // the shadow root's :host rule re-declares the tokens, so the embed follows its own scheme.
    await mount({ scheme: 'light', pageCss: css });
    expect(await themesOf(['html'])).toEqual({ html: 'dark' });
    expect(await themesOf(['bare', 'auto'], 'host')).toEqual({ bare: 'light', auto: 'light' });
  });

  it('lets the host page override a token on purpose through the host element', async () => {
    await mount({ scheme: 'light', pageCss: '#host { --tm-color-accent: #6d28d9 }' });
    const accent = await page.evaluate(() => {
      const element = document.getElementById('host')?.shadowRoot?.querySelector('#auto');
      return element && getComputedStyle(element).getPropertyValue('--tm-color-accent').trim();
    });
    expect(accent).toBe('#6d28d9');
  });

  it('resolves the theme-independent tokens inside the shadow root', async () => {
    await mount({ scheme: 'light' });
    const values = await page.evaluate(() => {
      const element = document.getElementById('host')?.shadowRoot?.querySelector('#auto');
      if (!element) return {};
      const style = getComputedStyle(element);
      return {
        space: style.getPropertyValue('--tm-space-4').trim(),
        duration: style.getPropertyValue('--tm-motion-duration-normal').trim(),
      };
    });
    expect(values).toEqual({ space: tokens.space[4], duration: tokens.motion.duration.normal });
  });
});
