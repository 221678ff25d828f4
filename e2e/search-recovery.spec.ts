import { expect, test } from '@playwright/test';

/**
 * A shard that fails to load costs one answer, not the page: the worker retries it on the next
 * query, and the status line then speaks for the results shown instead of the old error.
 */
test('after one index file fails to load, the next answer clears the error', async ({ page }) => {
  // A cold page with a query: its own shards are the first index files it fetches (the background
  // loading of the rest starts only once an answer is shown), so the first of them is the one that fails.
  let failed = 0;
  await page.route(/\/search-index\/(short|body)\/\d+\.json$/, (route) => {
    if (failed === 0) {
      failed++;
      return route.abort('connectionreset');
    }
    return route.continue();
  });
  await page.goto('/search/?q=zookeeper');
  const status = page.locator('#search-status');
  await expect(status).toHaveText(/could not load/);
  expect(failed).toBe(1);
  await page.locator('#search-q').fill('leap second');
  await expect(page.locator('.search-main')).toHaveAttribute('data-searched', 'leap second');
  await expect(status).toHaveText(/^\d+ incidents? match(es)? “leap second”\.$/);
});
