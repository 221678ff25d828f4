import { expect, test, type Page } from '@playwright/test';
import { waitForHydration } from './hydration';

const box = (page: Page) => page.getByLabel(/Search incidents by fault/);
const results = (page: Page) => page.getByRole('region', { name: 'Results' });
const resultLinks = (page: Page) => results(page).locator('a[data-result]');

test('the box is not autofocused, so "/" focuses it without typing a slash', async ({ page }) => {
  await page.goto('/search/');
  await waitForHydration(page);
  await expect(page.getByRole('status')).not.toContainText('Loading');
  await expect(box(page)).not.toBeFocused();
  await page.keyboard.press('/');
  await expect(box(page)).toBeFocused();
  await expect(box(page)).toHaveValue('');
});

test('Esc clears the query and the URL', async ({ page }) => {
  await page.goto('/search/?q=fiber+cut');
  await expect(resultLinks(page).first()).toBeVisible();
  await box(page).focus();
  await page.keyboard.press('Escape');
  await expect(box(page)).toHaveValue('');
  await expect(page).not.toHaveURL(/q=/);
});

test('the first result is at most three Tab presses from the box, and ↓ moves into the results', async ({ page }) => {
  for (const q of ['resource exhaustion', 'fiber cut']) {
    await page.goto(`/search/?q=${encodeURIComponent(q)}`);
    await expect(resultLinks(page).first()).toBeVisible();
    await box(page).focus();
    let presses = 0;
    while (presses < 3) {
      await page.keyboard.press('Tab');
      presses++;
      if (
        await resultLinks(page)
          .first()
          .evaluate((a) => a === document.activeElement)
      )
        break;
    }
    await expect(resultLinks(page).first(), q).toBeFocused();
    await box(page).focus();
    await page.keyboard.press('ArrowDown');
    await expect(resultLinks(page).first()).toBeFocused();
  }
});

test('no results: suggestions that work, a way to browse by fault type, and no empty filter boxes', async ({
  page,
}) => {
  await page.goto('/search/?q=zokeepr');
  await expect(page.getByText('No incident matches “zokeepr”')).toBeVisible();
  await expect(page.getByText('Browse by fault type')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Software fault' })).toBeVisible();
  await expect(page.getByText('None', { exact: true })).toHaveCount(0);
  await expect(page.locator('.search-facets fieldset')).toHaveCount(0);
  await page.getByRole('button', { name: 'zookeeper' }).click();
  await expect(resultLinks(page).first()).toBeVisible();
});

test('the count is the number of incidents shown, with the right plural', async ({ page }) => {
  await page.goto('/search/?q=human+error');
  await expect(resultLinks(page).first()).toBeVisible();
  // Results come 20 at a time: show them all before counting.
  const more = page.getByRole('button', { name: /^Show \d+ more$/ });
  while (await more.isVisible()) await more.click();
  // The worker's answer to "show more" renders as a transition, after the button has gone: count
  // again until the list and the status agree or the time runs out.
  await expect(async () => {
    const n = await resultLinks(page).count();
    expect(n).toBeGreaterThan(1);
    await expect(page.getByRole('status')).toHaveText(`${n} incidents match “human error”.`, { timeout: 500 });
  }).toPass();
  await page.goto('/search/?q=Flexential');
  await expect(page.getByRole('status')).toHaveText('1 incident matches “Flexential”.');
  await expect(resultLinks(page)).toHaveCount(1);
});

test('when no incident has every word, it says so and marks the partial matches', async ({ page }) => {
  await page.goto('/search/?q=knight+zookeeper');
  await expect(page.getByRole('status')).toContainText('No incident has all of “knight”, “zookeeper”');
  await expect(
    results(page)
      .getByText(/Partial match: has/)
      .first(),
  ).toBeVisible();
});

test('an identifier matches whole: an absent region finds nothing', async ({ page }) => {
  await page.goto('/search/?q=eu-north-7');
  await expect(page.getByRole('status')).toHaveText('0 incidents match “eu-north-7”.');
  await page.goto('/search/?q=us-east-1');
  await expect(resultLinks(page).first()).toBeVisible();
});
