import { expect, test, type Page } from '@playwright/test';
import type { ExportedIncident } from '../lib/data/schemas';
import { checkIncidentsFile, checkTaxonomyFile } from '../lib/data/validate';
import { FAULT_ROLES } from '../lib/content/facets';
import { seriousViolations } from './axe';
import { walkPages } from './pager';

const idOf = (href: string) => href.replace(/\/$/, '').split('/').pop() ?? '';

async function data(request: import('@playwright/test').APIRequestContext) {
  const { incidents } = checkIncidentsFile(await (await request.get('/data/incidents.json')).json());
  const taxonomy = checkTaxonomyFile(await (await request.get('/data/taxonomy.json')).json());
  return { incidents, taxonomy };
}

/** The "N–M of T · page n of last" line, checked against the listings the page shows. */
async function checkRange(page: Page, n: number, shown: number, before: number, total: number, last: number) {
  const pages = last > 1 ? ` · page ${n} of ${last}` : '';
  await expect(page.locator('.list-range')).toHaveText(`${before + 1}–${before + shown} of ${total}${pages}`);
}

test('every page of the availability goal together lists each incident that hurt it exactly once, newest first', async ({
  page,
  request,
}) => {
  const { incidents, taxonomy } = await data(request);
  const goal = taxonomy.goals.find((g) => g.id === 'availability')!;
  const expected = incidents.filter((i) => i.goals.some((g) => g.id === goal.id));
  const pages = await walkPages(page, `/goals/${goal.id}/`, async (p, n) => {
    if (n > 1) {
      await expect(p.getByRole('heading', { level: 1 })).toHaveText(`${goal.name} — page ${n}`);
      await expect(p).toHaveTitle(new RegExp(`page ${n}\\b`));
    } else await expect(p.getByRole('heading', { level: 1 })).toHaveText(goal.name);
    return p
      .locator('ul.incident-list li .incident-title a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  });
  expect(pages.length, 'the goal needs several pages at this corpus size').toBeGreaterThan(1);
  expect(pages.flat().map(idOf)).toEqual(expected.map((i) => i.id));
  // Each page's range line agrees with what it shows.
  let before = 0;
  for (const [k, hrefs] of pages.entries()) {
    await page.goto(k === 0 ? `/goals/${goal.id}/` : `/goals/${goal.id}/page/${k + 1}/`);
    await checkRange(page, k + 1, hrefs.length, before, expected.length, pages.length);
    before += hrefs.length;
  }
});

/** Whether an incident carries the fault class or type `id` in `role`. */
function carries(inc: ExportedIncident, id: string, role: string, typesOf: Map<string, string[]>) {
  const types = typesOf.get(id) ?? [id];
  return inc.faults.some((f) => f.role === role && types.includes(f.type));
}

test('the pages of a big fault class list each incident once under each role it played, with the role totals', async ({
  page,
  request,
}) => {
  const { incidents, taxonomy } = await data(request);
  const typesOf = new Map(taxonomy.faultClasses.map((c) => [c.id, c.types.map((t) => t.id)]));
  const biggest = taxonomy.faultClasses
    .map((c) => ({
      id: c.id,
      n: incidents.filter((i) => FAULT_ROLES.some((r) => carries(i, c.id, r, typesOf))).length,
    }))
    .sort((a, b) => b.n - a.n)[0]!.id;
  const expected = FAULT_ROLES.flatMap((role) =>
    incidents.filter((i) => carries(i, biggest, role, typesOf)).map((i) => `${role} ${i.id}`),
  );
  const totals = Object.fromEntries(
    FAULT_ROLES.map((r) => [r, incidents.filter((i) => carries(i, biggest, r, typesOf)).length]),
  );
  const pages = await walkPages(page, `/faults/${biggest}/`, async (p) => {
    const sections = p.locator('section[aria-labelledby^="role-"]');
    const out: string[] = [];
    for (const s of await sections.all()) {
      const role = (await s.getAttribute('aria-labelledby'))!.slice('role-'.length);
      await expect(s.locator('h3 .count')).toHaveText(`(${totals[role]})`);
      const hrefs = await s
        .locator('.incident-title a')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
      out.push(...hrefs.map((h) => `${role} ${idOf(h)}`));
    }
    return out;
  });
  expect(pages.length).toBeGreaterThan(1);
  expect(pages.flat()).toEqual(expected);
  expect(new Set(pages.flat()).size).toBe(pages.flat().length);
});

test('the pages of an organisation list each of its incidents once, newest first', async ({ page, request }) => {
  const { incidents } = await data(request);
  const expected = incidents.filter((i) => i.orgs.some((o) => o.id === 'aws')).map((i) => i.id);
  const pages = await walkPages(page, '/orgs/aws/', (p) =>
    p.locator('ul.incident-list li .incident-title a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? '')),
  );
  expect(pages.flat().map(idOf)).toEqual(expected);
});

test('a term page’s pager works without JavaScript, and a later page links back to page 1 and passes axe', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/goals/availability/');
  await page
    .getByRole('navigation', { name: /Pages of the incidents of/ })
    .getByRole('link', { name: 'Older →' })
    .click();
  await expect(page).toHaveURL(/\/goals\/availability\/page\/2\/$/);
  await expect(page.locator('nav.pager [aria-current="page"]')).toHaveText('Page 2');
  await page.getByRole('link', { name: /definition and page 1/ }).click();
  await expect(page).toHaveURL(/\/goals\/availability\/$/);
  await context.close();
  const js = await browser.newContext();
  const later = await js.newPage();
  await later.goto('/faults/change-fault/page/2/');
  expect(await seriousViolations(later)).toEqual([]);
  await js.close();
});
