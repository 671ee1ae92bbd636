import { expect, open, test } from './support';

test('the embed page offers the map view, and the snippet asks for it', async ({ page }) => {
  await open(page, '/embed');
  const snippet = page.locator('pre.demo-snippet').first();
  await expect(snippet).not.toContainText('view=');
  await page.getByRole('radio', { name: /^Map/ }).check();
  await expect(snippet).toContainText(/ view="map">/);
  // The timeline's own options do not apply to the map.
  await expect(page.getByRole('radio', { name: 'Horizontal' })).toBeDisabled();
  await expect(snippet).not.toContainText('expanded-levels');
  await expect(page.locator('.demo-embed__stage trailmark-roadmap')).toHaveAttribute('view', 'map');
  await page.getByRole('radio', { name: /^Timeline/ }).check();
  await expect(snippet).not.toContainText('view=');
});
