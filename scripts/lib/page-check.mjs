// Shared by the consumer tests: open a page in Chromium and fail on anything a developer would see
// in the console (errors, warnings such as hydration mismatches) or any failed request.

/**
 * Opens `url` in a new page of `browser`, runs `check(page)`, then fails when the page reported an
 * error, a console error or warning, or a response of 400 or more.
 * @param {import('playwright').Browser} browser
 * @param {string} url
 * @param {(page: import('playwright').Page) => Promise<void>} check
 */
export async function checkPage(browser, url, check) {
  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') {
      problems.push(`console.${message.type()}: ${message.text()}`);
    }
  });
  try {
    await page.goto(url);
    await check(page);
    if (problems.length > 0) throw new Error(`${url}:\n${problems.join('\n')}`);
  } finally {
    await page.close();
  }
}

/** Throws, saying what was measured, unless `actual` is `expected`. */
export function assertEqual(actual, expected, what) {
  if (actual !== expected) throw new Error(`${what}: expected ${expected}, got ${actual}`);
}

/**
 * Sets the first topic's status through its status menu, as a learner does, and waits until the
 * row shows it. Works only once React has hydrated the page (the menu is React's).
 * @param {import('playwright').Page} page
 * @param {string} status the menu item's name, e.g. "Done"
 * @returns {Promise<string>} the topic's id
 */
export async function setFirstTopicStatus(page, status) {
  const row = page.locator('li[data-topic-id]').first();
  const topicId = await row.getAttribute('data-topic-id');
  await row.getByRole('button', { name: /, status: / }).click();
  await page.getByRole('menuitemradio', { name: status }).click();
  await row.getByRole('button', { name: new RegExp(`, status: ${status}$`) }).waitFor();
  return topicId ?? '';
}
