import { expect, test } from '@playwright/test';
import { INCIDENTS_PER_PAGE } from '../lib/corpus/paging';
import { checkIncidentsFile } from '../lib/data/validate';
import { incidentsPagePath } from '../lib/routes';

test('a reader goes from an incident to a fault tag, and the fault page lists the incident back', async ({
  page,
  request,
}) => {
  // The list is paged, newest first: open the page of the list that holds the incident.
  const { incidents } = checkIncidentsFile(await (await request.get('/data/incidents.json')).json());
  const n = Math.floor(incidents.findIndex((i) => i.id === 'aws-kinesis-us-east-1-2020') / INCIDENTS_PER_PAGE) + 1;
  await page.goto(incidentsPagePath(n));
  await page.getByRole('link', { name: /Amazon Kinesis front-end fleet/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    /Amazon Kinesis front-end fleet hits the OS thread limit/,
  );

  const tag = page
    .getByRole('list', { name: 'Fault tags of this incident' })
    .getByRole('listitem')
    .filter({ hasText: 'Root' })
    .filter({ hasText: 'Resource exhaustion' });
  await tag.getByRole('link', { name: 'Resource exhaustion' }).click();
  await expect(page).toHaveURL(/\/faults\/resource-exhaustion\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Resource exhaustion');

  const asRoot = page.locator('section').filter({ has: page.getByRole('heading', { name: /As root/ }) });
  await expect(asRoot.getByRole('link', { name: /Amazon Kinesis front-end fleet/ })).toBeVisible();
});

test('the skip link moves focus to the main content', async ({ page }) => {
  await page.goto('/faults/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('#faultline-main')).toBeFocused();
});

test('an unknown address shows the 404 page with ways on', async ({ page }) => {
  const res = await page.goto('/no-such-page/');
  expect(res?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page.getByRole('link', { name: 'All incidents' })).toBeVisible();
});

test('a case study carries its story and facts once (not again in the RSC payload) and still hydrates cleanly', async ({
  page,
  request,
}) => {
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(err.message));
  const html = await (await request.get('/incidents/aws-kinesis-us-east-1-2020/')).text();
  // A phrase of the story, one of the header's key facts and one of the timeline, each written once.
  for (const text of ['Early on 25 November 2020, AWS added', '<dt>How it was detected</dt>', 'Times in UTC.'])
    expect(html.split(text).length - 1, text).toBe(1);
  await page.goto('/incidents/aws-kinesis-us-east-1-2020/');
  await expect(page.locator('html[data-hydrated]')).toBeAttached();
  await expect(page.getByRole('heading', { name: 'All facts' })).toBeVisible();
  expect(errors).toEqual([]);
});
