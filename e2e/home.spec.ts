import { expect, test } from '@playwright/test';

test('the home page says what Faultline is and offers search, new and founding case studies, classes, lecture and quiz', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.locator('.lede')).toContainText('distributed-systems failures');
  await expect(page.getByRole('search', { name: 'Search the case studies' }).getByRole('searchbox')).toBeVisible();
  const founding = page
    .locator('section')
    .filter({ has: page.getByRole('heading', { name: /founding case studies/ }) });
  await expect(founding.getByRole('link', { name: /ZooKeeper/ })).toBeVisible();
  await expect(founding.getByRole('link', { name: /Comcast/ })).toBeVisible();
  await expect(founding.getByRole('link', { name: /Kinesis/ })).toBeVisible();
  const recent = page.locator('section').filter({ has: page.getByRole('heading', { name: 'Recently added' }) });
  expect(await recent.locator('h3').count()).toBeGreaterThan(0);
  const classes = page.locator('.class-counts li');
  expect(await classes.count()).toBeGreaterThan(3);
  await expect(classes.first()).toContainText(/\d+ incidents?/);
  await expect(page.getByRole('link', { name: 'The lecture' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'The quiz' })).toBeVisible();
});

test('the header fits one row from 1024 px', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto('/');
  const tops = await page.evaluate(() =>
    ['.brand', '.site-nav li:last-child', '.header-tools'].map((s) => {
      const r = document.querySelector(s)!.getBoundingClientRect();
      return Math.round(r.top + r.height / 2);
    }),
  );
  expect(Math.max(...tops) - Math.min(...tops)).toBeLessThanOrEqual(4);
});

test.describe('on a touch phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  test('the "/" keyboard hint is not shown', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('.key-hint')).toBeHidden();
  });
});

test('with a keyboard and mouse the "/" hint is shown next to the header search', async ({ page }) => {
  await page.goto('/incidents/');
  await expect(page.locator('.key-hint')).toBeVisible();
});
