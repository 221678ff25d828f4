import { expect, test } from '@playwright/test';
import { checkIncidentsFile, checkTaxonomyFile } from '../lib/data/validate';
import { seriousViolations } from './axe';
import { waitForHydration } from './hydration';

test.describe('the incident list without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('pages through every incident exactly once, newest first, and offers no controls that would not work', async ({
    page,
    request,
  }) => {
    const { incidents } = checkIncidentsFile(await (await request.get('/data/incidents.json')).json());
    await page.goto('/incidents/');
    await expect(page.getByRole('form', { name: 'Filter and sort incidents' })).toHaveCount(0);
    const seen: string[] = [];
    const dates: string[] = [];
    for (let n = 1; ; n += 1) {
      const items = page.locator('ul.incident-list > li');
      seen.push(...(await items.evaluateAll((lis) => lis.map((li) => li.getAttribute('data-incident') ?? ''))));
      dates.push(...(await items.locator('time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime') ?? ''))));
      const older = page.getByRole('link', { name: 'Older →' });
      if ((await older.count()) === 0) break;
      await older.click();
      await expect(page).toHaveURL(new RegExp(`/incidents/page/${n + 1}/$`));
    }
    expect(seen).toEqual(incidents.map((i) => i.id));
    expect(new Set(seen).size).toBe(seen.length);
    expect(dates).toEqual([...dates].sort().reverse());
  });
  test('the quiz and compare pages say they need JavaScript and offer pages that do not', async ({ page }) => {
    await page.goto('/quiz/');
    await expect(page.getByText(/The quiz runs in your browser and needs JavaScript/)).toBeVisible();
    await page.getByRole('link', { name: 'learning pages' }).click();
    await expect(page).toHaveURL(/\/learn\/$/);
    await page.goto('/compare/');
    await expect(page.getByText(/Comparing runs in your browser and needs JavaScript/)).toBeVisible();
  });
});

test('the incident list filters by fault class and goal and sorts, in the browser', async ({ page, request }) => {
  const { incidents } = checkIncidentsFile(await (await request.get('/data/incidents.json')).json());
  const { faultClasses } = checkTaxonomyFile(await (await request.get('/data/taxonomy.json')).json());
  const networkTypes = new Set(faultClasses.find((c) => c.id === 'network-fault')?.types.map((t) => t.id));
  await page.goto('/incidents/');
  await waitForHydration(page);
  await page.getByText('Filter and sort', { exact: true }).click();
  const form = page.getByRole('form', { name: 'Filter and sort incidents' });
  await form.getByLabel('Fault class').selectOption({ label: 'Network fault' });
  await form.getByLabel('Goal').selectOption({ label: 'Availability' });
  const expected = incidents.filter(
    (i) => i.faults.some((f) => networkTypes.has(f.type)) && i.goals.some((g) => g.id === 'availability'),
  );
  expect(expected.length).toBeGreaterThan(0);
  await expect(form.getByRole('status')).toHaveText(`Showing ${expected.length} of ${incidents.length} incidents.`);
  const shown = page.locator('ul.incident-list > li');
  await expect(shown).toHaveCount(expected.length);
  expect((await shown.evaluateAll((lis) => lis.map((li) => li.getAttribute('data-incident')))).sort()).toEqual(
    expected.map((i) => i.id).sort(),
  );

  await form.getByLabel('Sort').selectOption({ label: 'Oldest first' });
  const dates = await shown.locator('time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime') ?? ''));
  expect(dates).toEqual([...dates].sort());
});

test('the incident list filters by technology, over every page, in the browser', async ({ page, request }) => {
  const { incidents } = checkIncidentsFile(await (await request.get('/data/incidents.json')).json());
  await page.goto('/incidents/');
  await waitForHydration(page);
  await page.getByText('Filter and sort', { exact: true }).click();
  const form = page.getByRole('form', { name: 'Filter and sort incidents' });
  await form.getByLabel('Technology').selectOption({ label: 'DNS' });
  const expected = incidents.filter((i) => i.technologies.includes('dns'));
  expect(expected.length).toBeGreaterThan(0);
  await expect(form.getByRole('status')).toHaveText(`Showing ${expected.length} of ${incidents.length} incidents.`);
  const shown = page.locator('ul.incident-list > li');
  await expect(shown).toHaveCount(Math.min(expected.length, 50));
  await form.getByRole('button', { name: 'Clear filters' }).click();
  await expect(page.getByRole('navigation', { name: 'Incident list pages' })).toBeVisible();
});

test('on a phone the first incident is on the first screen of the list', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto('/incidents/');
  await waitForHydration(page);
  const first = page.locator('ul.incident-list > li').first().locator('.incident-title');
  const box = await first.boundingBox();
  expect(box).not.toBeNull();
  expect(box!.y + box!.height).toBeLessThanOrEqual(844);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await context.close();
});

test('the theme toggle switches to dark, survives a reload, and dark pages pass axe', async ({ page }) => {
  await page.goto('/');
  await waitForHydration(page);
  const toggle = page.getByRole('button', { name: /Colour theme/ });
  await expect(toggle).toHaveText('Theme: system');
  await toggle.click();
  await expect(toggle).toHaveText('Theme: light');
  await toggle.click();
  await expect(toggle).toHaveText('Theme: dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  for (const url of [
    '/',
    '/incidents/aws-kinesis-us-east-1-2020/',
    '/search/?q=fiber+cut',
    '/matrix/',
    '/stats/',
    '/learn/availability/',
  ]) {
    await page.goto(url);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await waitForHydration(page);
    expect((await seriousViolations(page)).map((v) => `${url}: ${v}`)).toEqual([]);
  }
  await page.getByRole('button', { name: /Colour theme/ }).click();
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
});

test('on a phone the matrix keeps its goal headers and fault names in view while it scrolls', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/matrix/');
  const box = page.getByRole('region', { name: /Incidents per fault and goal/ });
  const offsets = await box.evaluate((el) => {
    el.scrollTop = el.scrollHeight;
    el.scrollLeft = el.scrollWidth;
    const b = el.getBoundingClientRect();
    const goal = el.querySelectorAll('thead th')[1]!.getBoundingClientRect();
    const fault = el.querySelector('tbody th[scope="row"]')!.getBoundingClientRect();
    return {
      scrolled: el.scrollTop > 0 && el.scrollLeft > 0,
      goalTop: goal.top - b.top,
      faultLeft: fault.left - b.left,
    };
  });
  expect(offsets.scrolled, 'the matrix scrolls inside its own box both ways').toBe(true);
  expect(Math.abs(offsets.goalTop)).toBeLessThan(1);
  expect(Math.abs(offsets.faultLeft)).toBeLessThan(1);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
});
