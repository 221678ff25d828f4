import { expect, test } from '@playwright/test';

/**
 * Back right after typing: the typed query has not reached the address bar yet (it does after a
 * pause), and it must not land on the entry Back went to, nor stay in the box over it.
 */
test('Back within the typing pause returns to the previous query and leaves its entry alone', async ({ page }) => {
  await page.goto('/search/?q=outage');
  const box = page.locator('#search-q');
  const results = page.locator('.search-main');
  await expect(results).toHaveAttribute('data-searched', 'outage');
  await box.fill('leap second');
  await box.press('Enter');
  await expect(page).toHaveURL(/\?q=leap\+second$/);
  await expect(results).toHaveAttribute('data-searched', 'leap second');
  await box.fill('dns');
  await page.goBack();
  // Longer than the typing pause, so a pending write would have landed.
  await page.waitForTimeout(1000);
  await expect(page).toHaveURL(/\?q=outage$/);
  await expect(box).toHaveValue('outage');
  await expect(results).toHaveAttribute('data-searched', 'outage');
  await page.goForward();
  await expect(page).toHaveURL(/\?q=leap\+second$/);
  await expect(box).toHaveValue('leap second');
});
