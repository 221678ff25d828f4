import { expect, test, type Page } from '@playwright/test';
import { seriousViolations } from './axe';
import { waitForHydration } from './hydration';
import { checkIncidentsFile, checkTaxonomyFile } from '../lib/data/validate';
import { CSV_COLUMNS } from '../lib/data/csv';
import { builtPages } from '../lib/perf/page-weight';
import { RENAMED_INCIDENTS } from '../lib/corpus/renamed';

const KINESIS = '/incidents/aws-kinesis-us-east-1-2020/';

/** The fault tags of the open incident page as "role|type" pairs, lower-cased. */
async function faultTags(page: Page): Promise<string[]> {
  const items = page.getByRole('list', { name: 'Fault tags of this incident' }).getByRole('listitem');
  return items.evaluateAll((lis) =>
    lis.map((li) =>
      [li.querySelector('strong')?.textContent?.replace(':', ''), li.querySelector('a')?.textContent]
        .map((t) => t?.trim().toLowerCase())
        .join('|'),
    ),
  );
}

test('each related incident shares the fault tag its reason names', async ({ page }) => {
  await page.goto(KINESIS);
  const related = page
    .locator('section')
    .filter({ has: page.getByRole('heading', { name: 'Related incidents' }) })
    .getByRole('listitem');
  expect(await related.count()).toBeGreaterThanOrEqual(3);
  // Read the first three (link, reason) pairs up front, then visit each by URL.
  const items = await related.evaluateAll((lis) =>
    lis.slice(0, 3).map((li) => ({
      href: li.querySelector('a')?.getAttribute('href') ?? '',
      reason: li.querySelector('.related-reason')?.textContent ?? '',
    })),
  );
  let checked = 0;
  for (const { href, reason } of items) {
    // "both: capacity change as trigger, …" — take the first same-role fault reason.
    const m = /([a-z][a-z -]*?) as (trigger|root|contributing)(?:,| and|$)/.exec(reason.replace(/^both: /, ''));
    if (!m) continue;
    const [, type, role] = m;
    await page.goto(href);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(await faultTags(page)).toContain(`${role}|${type}`);
    checked++;
  }
  expect(checked).toBeGreaterThan(0);
});

test('a matrix cell leads to its incidents, and each one carries that fault class and goal', async ({ page }) => {
  await page.goto('/matrix/');
  const table = page.getByRole('table', { name: /Incidents per fault and goal/ });
  const cell = table.getByRole('link', { name: /^Change fault × Availability: \d+ incidents?$/ });
  const label = (await cell.getAttribute('aria-label')) ?? '';
  const count = Number(/(\d+) incident/.exec(label)?.[1]);
  expect(count).toBeGreaterThan(0);
  await cell.click();
  // The cell's incidents are listed by the search page, with that fault class and goal chosen.
  await expect(page).toHaveURL(/\/search\/\?fault=change-fault&goal=availability$/);
  await expect(page.getByRole('group', { name: 'Goal' }).getByRole('checkbox', { name: /Availability/ })).toBeChecked();
  await expect(page.getByRole('status')).toHaveText(
    new RegExp(`^${count} incidents? (?:match(?:es)? )?with these filters\\.$`),
  );
  const results = page.getByRole('region', { name: 'Results' });
  await results.getByRole('listitem').getByRole('link').first().click();
  await expect(page.getByRole('heading', { name: 'Goals it hurt' })).toBeVisible();
  await expect(
    page
      .locator('section')
      .filter({ has: page.getByRole('heading', { name: 'Goals it hurt' }) })
      .getByRole('link', { name: 'Availability', exact: true }),
  ).toBeVisible();
  await expect(
    page
      .getByRole('list', { name: 'Fault tags of this incident' })
      .getByRole('link', { name: 'Change fault', exact: true })
      .first(),
  ).toBeVisible();
});

test('a matrix class row expands to its fault types', async ({ page }) => {
  await page.goto('/matrix/');
  await waitForHydration(page);
  const table = page.getByRole('table', { name: /Incidents per fault and goal/ });
  await expect(table.getByRole('rowheader', { name: 'Capacity change' })).toHaveCount(0);
  await table.getByRole('button', { name: /Change fault/ }).click();
  await expect(table.getByRole('button', { name: /Change fault/ })).toHaveAttribute('aria-expanded', 'true');
  await expect(table.getByRole('rowheader', { name: 'Capacity change' })).toBeVisible();
  await expect(table.getByRole('rowheader', { name: 'Capacity change' }).getByRole('link')).toHaveAttribute(
    'href',
    /\/faults\/capacity-change\/$/,
  );
  await page.getByRole('button', { name: 'Expand all fault types' }).first().click();
  expect(await seriousViolations(page)).toEqual([]);
});

test('compare, reached from an incident page, shows both incidents side by side with shared tags marked', async ({
  page,
}) => {
  await page.goto(KINESIS);
  await page.getByRole('link', { name: 'Compare this incident with others' }).click();
  await expect(page).toHaveURL(/\/compare\/\?a=aws-kinesis-us-east-1-2020$/);
  // The picker is a combobox: related incidents are offered, and any title can be typed.
  const picker = page.getByRole('combobox', { name: 'Incident 2' });
  await expect(picker).toBeEnabled();
  expect(await page.locator('#compare-b-options option').count()).toBeGreaterThan(1);
  await picker.fill('A mistyped command input takes down Amazon S3 in us-east-1');
  await expect(page).toHaveURL(/\?a=aws-kinesis-us-east-1-2020&b=/);
  const table = page.getByRole('table');
  await expect(table.getByRole('columnheader', { name: /Amazon Kinesis front-end fleet/ })).toBeVisible();
  await expect(table.getByRole('columnheader', { name: /mistyped command input/ })).toBeVisible();
  const goals = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Goals hurt' }) });
  await expect(goals.locator('mark', { hasText: 'Availability' })).toHaveCount(2);
  expect(await seriousViolations(page)).toEqual([]);
});

test('the JSON and CSV exports validate against the published schemas and agree', async ({ request }) => {
  const incidents = checkIncidentsFile(await (await request.get('/data/incidents.json')).json());
  const taxonomy = checkTaxonomyFile(await (await request.get('/data/taxonomy.json')).json());
  expect(incidents.count).toBe(incidents.incidents.length);
  expect(incidents.taxonomyVersion).toBe(taxonomy.taxonomyVersion);
  const csv = await (await request.get('/data/incidents.csv')).text();
  const lines = csv.split('\r\n').filter(Boolean);
  expect(lines[0]).toBe(CSV_COLUMNS.join(','));
  expect(
    lines
      .slice(1)
      .map((l) => l.split(',')[0])
      .sort(),
  ).toEqual(incidents.incidents.map((i) => i.id).sort());
});

test('the Atom feeds parse in the browser, one entry per incident', async ({ page, request }) => {
  const { count } = checkIncidentsFile(await (await request.get('/data/incidents.json')).json());
  await page.goto('/about/data/');
  const parse = (url: string) =>
    page.evaluate(async (u) => {
      const doc = new DOMParser().parseFromString(await (await fetch(u)).text(), 'application/xml');
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        root: doc.documentElement.localName,
        entries: doc.querySelectorAll('entry').length,
      };
    }, url);
  expect(await parse('/feed.xml')).toEqual({ error: null, root: 'feed', entries: count });
  const change = await parse('/feeds/change-fault.xml');
  expect(change.error).toBeNull();
  expect(change.entries).toBeGreaterThan(0);
});

test('the sitemap lists exactly the pages the site serves', async ({ request }) => {
  const xml = await (await request.get('/sitemap.xml')).text();
  const paths = [...xml.matchAll(/<loc>https?:\/\/[^/]+(\/[^<]*)<\/loc>/g)].map((m) => m[1]!);
  // A renamed incident's old address is a redirect page, which a sitemap does not list.
  const redirects = Object.keys(RENAMED_INCIDENTS).map((id) => `/incidents/${id}/`);
  expect(builtPages().filter((p) => !paths.includes(p) && !redirects.includes(p))).toEqual([]);
  expect(paths.filter((p) => redirects.includes(p))).toEqual([]);
  const bad: string[] = [];
  for (const p of paths) if ((await request.get(p)).status() !== 200) bad.push(p);
  expect(bad).toEqual([]);
});

test('a wiki-link leads to its target, which lists the page back under "Mentioned in"; stats and cite-this render', async ({
  page,
}) => {
  await page.goto('/stats/');
  await expect(page.getByRole('heading', { name: 'Incidents per year, by fault class of the root' })).toBeVisible();
  await expect(page.getByRole('img', { name: /Incidents per year by root fault class/ })).toBeVisible();
  await page.goto('/incidents/aws-kinesis-cell-2024/');
  await page.getByRole('link', { name: 'the Kinesis failure of November 2020' }).click();
  await expect(page).toHaveURL(new RegExp(`${KINESIS}$`));
  const mentioned = page.locator('section').filter({ has: page.getByRole('heading', { name: 'Mentioned in' }) });
  await expect(mentioned.getByRole('link', { name: /An internal Kinesis cell/ })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Cite this' })).toBeVisible();
  await page.getByText('BibTeX').click();
  await expect(page.getByLabel('BibTeX entry')).toContainText('@misc{faultline-aws-kinesis-us-east-1-2020,');
});
