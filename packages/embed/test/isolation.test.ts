/**
 * The element as a guest: under a strict Content-Security-Policy it works without a single
 * violation, and on a page with hostile CSS it still shows properly while its own styles never
 * reach the page.
 */
import { describe, expect, it } from 'vitest';
import { failOnPageProblems, openPage, origin, setUpChromium, waitForSettled } from './browser';
import { STRICT_CSP } from './server';

failOnPageProblems();

const browser = setUpChromium();

describe('strict Content-Security-Policy', () => {
  it.each(['csp-module.html', 'csp-classic.html'])('%s renders with no violation', async (name) => {
    const { page, problems } = await openPage(browser(), name);
    const response = await page.request.get(`${origin()}/pages/${name}`);
    expect(response.headers()['content-security-policy']).toBe(STRICT_CSP);
    await waitForSettled(page);
    const states = await page.$$eval('trailmark-roadmap', (elements) =>
      elements.map((element) => ({
        id: element.id,
        alert: Boolean(element.shadowRoot?.querySelector('[role="alert"]')),
        styled: element.shadowRoot?.adoptedStyleSheets.length ?? 0,
        // No <style> element and no style attribute anywhere in the shadow tree.
        inlineStyles: element.shadowRoot?.querySelectorAll('style, [style]').length,
      })),
    );
    expect(states).toEqual([
      { id: 'built-in', alert: false, styled: 1, inlineStyles: 0 },
      { id: 'inline', alert: false, styled: 1, inlineStyles: 0 },
      { id: 'broken', alert: true, styled: 1, inlineStyles: 0 },
    ]);
    // zh-CN texts of the built-in roadmap.
    expect(await page.$eval('#built-in', (element) => element.shadowRoot?.textContent)).toMatch(
      /[\u4e00-\u9fff]/,
    );
    // The broken document's problems in Chinese: the errors script loaded under the policy too.
    expect(await page.$eval('#broken', (element) => element.shadowRoot?.textContent)).toMatch(
      /链接/,
    );
    expect(problems).toEqual({ pageErrors: [], consoleErrors: [], cspViolations: [] });
  });

  it('really enforces the policy on the test page (the check can fail)', async () => {
    const { page, problems } = await openPage(browser(), 'csp-module.html', {
      allowCspViolations: true,
      expectedConsoleErrors: /Content Security Policy/,
    });
    await page.evaluate(() => {
      const style = document.createElement('style');
      style.textContent = 'body { color: red }';
      document.head.append(style);
    });
    await expect.poll(() => problems.cspViolations.length).toBeGreaterThan(0);
  });
});

describe('hostile host CSS', () => {
  it('still shows the roadmap with its own typography', async () => {
    const { page, problems } = await openPage(browser(), 'hostile.html');
    await waitForSettled(page);
    const inside = await page.$eval('trailmark-roadmap', (element) => {
      const root = element.shadowRoot as ShadowRoot;
      const box = element.getBoundingClientRect();
      const container = root.querySelector('.tm-embed') as HTMLElement;
      const listItem = root.querySelector('li') as HTMLElement;
      const style = getComputedStyle(container);
      const itemStyle = getComputedStyle(listItem);
      return {
        hostDisplay: getComputedStyle(element).display,
        height: box.height,
        containerDisplay: style.display,
        fontSize: style.fontSize,
        letterSpacing: style.letterSpacing,
        textTransform: style.textTransform,
        color: style.color,
        itemColor: itemStyle.color,
        itemFontSize: itemStyle.fontSize,
        itemDisplay: itemStyle.display,
      };
    });
    expect(inside).toMatchObject({
      hostDisplay: 'block',
      containerDisplay: 'block',
      fontSize: '16px',
      letterSpacing: 'normal',
      textTransform: 'none',
      itemDisplay: expect.not.stringMatching(/^none$/),
    });
    expect(inside.height).toBeGreaterThan(200);
    for (const color of [inside.color, inside.itemColor]) expect(color).not.toBe('rgb(255, 0, 0)');
    expect(Number.parseFloat(inside.itemFontSize)).toBeLessThan(30);
    expect(problems).toEqual({ pageErrors: [], consoleErrors: [], cspViolations: [] });
  });

  it('leaves the host page styles alone, even on elements with tm- classes', async () => {
    const { page } = await openPage(browser(), 'hostile.html');
    await waitForSettled(page);
    const host = await page.evaluate(() => {
      const check = getComputedStyle(document.getElementById('host-check') as HTMLElement);
      const button = getComputedStyle(document.getElementById('host-button') as HTMLElement);
      return {
        checkColor: check.color,
        checkFontSize: check.fontSize,
        checkBackground: check.backgroundColor,
        buttonBackground: button.backgroundColor,
        buttonPadding: button.paddingTop,
        sheets: document.adoptedStyleSheets.length,
      };
    });
    expect(host).toEqual({
      checkColor: 'rgb(0, 0, 255)',
      checkFontSize: '13px',
      checkBackground: 'rgba(0, 0, 0, 0)',
      buttonBackground: 'rgb(255, 0, 255)',
      buttonPadding: '30px',
      sheets: 0,
    });
  });

  it("shows a broken document's error, worded by the errors script, with its own look", async () => {
    const { page, problems } = await openPage(browser(), 'hostile.html');
    await waitForSettled(page);
    const alert = await page.evaluate(async () => {
      const element = document.createElement('trailmark-roadmap');
      element.setAttribute('src', '/fixtures/schema-invalid.json');
      element.setAttribute('locale', 'zh-CN');
      const failed = new Promise((resolve) => element.addEventListener('trailmark:error', resolve));
      document.body.append(element);
      await failed;
      const panel = element.shadowRoot?.querySelector('[role="alert"]') as HTMLElement;
      const style = getComputedStyle(panel);
      return {
        display: style.display,
        height: panel.getBoundingClientRect().height,
        fontSize: style.fontSize,
        color: style.color,
        text: panel.textContent ?? '',
      };
    });
    expect(alert.display).not.toBe('none');
    expect(alert.height).toBeGreaterThan(50);
    expect(alert.fontSize).toBe('16px');
    expect(alert.color).not.toBe('rgb(255, 0, 0)');
    expect(alert.text).toMatch(/链接/);
    expect(problems).toEqual({ pageErrors: [], consoleErrors: [], cspViolations: [] });
  });

  it('respects the hidden attribute', async () => {
    const { page } = await openPage(browser(), 'hostile.html');
    await waitForSettled(page);
    await page.$eval('trailmark-roadmap', (element) => element.setAttribute('hidden', ''));
    expect(
      await page.$eval('trailmark-roadmap', (element) => getComputedStyle(element).display),
    ).toBe('none');
  });
});
