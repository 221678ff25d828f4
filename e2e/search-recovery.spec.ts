import { expect, test } from '@playwright/test';

/**
 * A shard that fails to load costs one answer, not the page: the worker retries it on the next
 * query, and the status line then speaks for the results shown instead of the old error.
 */
test('after one index file fails to load, the next answer clears the error', async ({ page }) => {
  let failed = 0;
  let armed = false;
  await page.route(/\/search-index\/(short|body)\/\d+\.json$/, (route) => {
    if (armed && failed === 0) {
      failed++;
      return route.abort('connectionreset');
    }
    return route.continue();
  });
  await page.goto('/search/');
  const status = page.locator('#search-status');
  await expect(status).not.toHaveText(/Loading/);
  armed = true;
  const box = page.locator('#search-q');
  // One query, so no later keystroke retries the file before the error shows.
  await box.fill('zookeeper');
  await expect(status).toHaveText(/could not load/);
  expect(failed).toBe(1);
  await box.fill('leap second');
  await expect(page.locator('.search-main')).toHaveAttribute('data-searched', 'leap second');
  await expect(status).toHaveText(/^\d+ incidents? match(es)? “leap second”\.$/);
});
