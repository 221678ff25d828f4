import { expect, test } from '@playwright/test';
import { checkIncidentsFile, checkTaxonomyFile } from '../lib/data/validate';
import { seriousViolations } from './axe';
import { walkPages } from './pager';

test('the technologies index gives each technology with its incident count, from the data', async ({
  page,
  request,
}) => {
  const { incidents } = checkIncidentsFile(await (await request.get('/data/incidents.json')).json());
  const { technologies } = checkTaxonomyFile(await (await request.get('/data/taxonomy.json')).json());
  await page.goto('/technologies/');
  const rows = page.getByRole('table', { name: 'Technologies by number of incidents' }).locator('tbody tr');
  const shown = await rows.evaluateAll((trs) =>
    trs.map((tr): [string, number] => [
      tr.querySelector('th')?.textContent?.trim() ?? '',
      Number(tr.querySelector('td')?.textContent),
    ]),
  );
  const expected = technologies
    .map((t) => [t.name, incidents.filter((i) => i.technologies.includes(t.id)).length] as [string, number])
    .filter(([, n]) => n > 0);
  expect(new Map(shown)).toEqual(new Map(expected));
  expect(await seriousViolations(page)).toEqual([]);
});

test('each technology page, followed through its pager, lists exactly the incidents tagged with it, newest first', async ({
  page,
  request,
}) => {
  const { incidents } = checkIncidentsFile(await (await request.get('/data/incidents.json')).json());
  const { technologies } = checkTaxonomyFile(await (await request.get('/data/taxonomy.json')).json());
  for (const t of technologies) {
    const tagged = incidents.filter((i) => i.technologies.includes(t.id));
    const pages = await walkPages(page, `/technologies/${t.id}/`, async (p, n) => {
      if (n === 1) await expect(p.getByRole('heading', { level: 1 })).toHaveText(t.name);
      if (tagged.length === 0) await expect(p.getByText('No incidents yet.')).toBeVisible();
      return p
        .locator('table.incident-table tbody th a')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    });
    expect(
      pages.flat().map((h) => h.replace(/\/$/, '').split('/').pop()),
      t.id,
    ).toEqual(tagged.map((i) => i.id));
  }
});

test('a technology page fits a phone without sideways scrolling and passes axe', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto('/technologies/dns/');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  expect(await seriousViolations(page)).toEqual([]);
  await context.close();
});
