import { expect, test, type Page } from '@playwright/test';
import { getCorpus } from '../lib/corpus';
import { FACET_TOP } from '../lib/search/facet-list';
import { incidentPath } from '../lib/routes';
import { seriousViolations } from './axe';
import { waitForHydration } from './hydration';

const results = (page: Page) => page.getByRole('region', { name: 'Results' });
const resultLinks = (page: Page) => results(page).locator('a[data-result]');
const orgGroup = (page: Page) => page.getByRole('group', { name: 'Organisation' });

/** The incidents the page lists for its query, every page of them, read from the result links. */
async function listedIncidents(page: Page) {
  const status = page.getByRole('status');
  await expect(status).toHaveText(/^\d+ incidents? match/);
  const total = Number(/^(\d+)/.exec((await status.textContent()) ?? '')?.[1]);
  const more = page.getByRole('button', { name: /^Show \d+ more$/ });
  while (await more.isVisible()) await more.click();
  await expect(resultLinks(page)).toHaveCount(total);
  const hrefs = await resultLinks(page).evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  const byPath = new Map(getCorpus().incidents.map((i) => [incidentPath(i.id), i]));
  return hrefs.map((h) => {
    const inc = byPath.get(h);
    if (!inc) throw new Error(`no incident at ${h}`);
    return inc;
  });
}

/** Incidents per organisation id among the given incidents (the Organisation facet, worked out from the corpus). */
function orgCounts(incidents: ReturnType<typeof getCorpus>['incidents']): Map<string, number> {
  const out = new Map<string, number>();
  for (const inc of incidents) for (const id of new Set(inc.orgs.map((o) => o.id))) out.set(id, (out.get(id) ?? 0) + 1);
  return out;
}

/** "Name (n)" for every organisation of `counts`, as the checkboxes are named. */
function optionNames(counts: ReadonlyMap<string, number>): string[] {
  const name = getCorpus().tax.orgById;
  return [...counts].map(([id, n]) => `${name.get(id)?.name ?? id} (${n})`).sort();
}

test('a long facet lists its top values, unfolds to all of them, and keeps a chosen one when folded', async ({
  page,
}) => {
  await page.goto('/search/?q=database');
  await waitForHydration(page);
  const counts = orgCounts(await listedIncidents(page));
  // The test needs a query with more organisations than a folded group shows.
  expect(counts.size).toBeGreaterThan(FACET_TOP);

  const orgs = orgGroup(page);
  const boxes = orgs.getByRole('checkbox');
  const toggle = orgs.getByRole('button', { name: `Show all ${counts.size} organisations` });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(boxes).toHaveCount(FACET_TOP);
  // The top ones are those with the most matches.
  const top = [...counts.values()].sort((a, b) => b - a).slice(0, FACET_TOP);
  const shownCounts = await boxes.evaluateAll((bs) =>
    bs.map((b) => Number(/\((\d+)\)$/.exec((b as HTMLInputElement).labels?.[0]?.textContent ?? '')?.[1])),
  );
  expect(shownCounts).toEqual(top);

  // Keyboard: the toggle is a real button.
  await toggle.focus();
  await page.keyboard.press('Enter');
  const fewer = orgs.getByRole('button', { name: 'Show fewer organisations' });
  await expect(fewer).toHaveAttribute('aria-expanded', 'true');
  await expect(fewer).toBeFocused();
  await expect(boxes).toHaveCount(counts.size);
  const names = await boxes.evaluateAll((bs) =>
    bs.map((b) => (b as HTMLInputElement).labels?.[0]?.textContent?.trim() ?? ''),
  );
  expect(names.sort()).toEqual(optionNames(counts));
  expect(await seriousViolations(page)).toEqual([]);

  // Choose the last one, which a folded group does not list, then fold.
  const last = boxes.last();
  const lastName = ((await last.evaluate((b: HTMLInputElement) => b.labels?.[0]?.textContent)) ?? '').trim();
  const chosenName = lastName.replace(/ \(\d+\)$/, '');
  const chosenId = [...getCorpus().tax.orgById.values()].find((o) => o.name === chosenName)?.id;
  expect(chosenId).toBeDefined();
  await last.click();
  await expect(page).toHaveURL(new RegExp(`[?&]org=${chosenId}(&|$)`));
  await expect(last).toBeChecked();
  await fewer.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(boxes).toHaveCount(FACET_TOP + 1);
  const chosen = orgs.getByRole('checkbox', { name: lastName, exact: true });
  await expect(chosen).toBeVisible();
  await expect(chosen).toBeChecked();

  // With the filter on, the counts still follow the results: the chosen organisation counts every
  // result, and the years (one per incident) add up to them.
  const filtered = await listedIncidents(page);
  expect(filtered.length).toBe(counts.get(chosenId!));
  await expect(chosen).toHaveAccessibleName(`${chosenName} (${filtered.length})`);
  // The counts follow the answer once no newer question has come for a moment: poll until they do.
  const yearsTotal = async () =>
    (
      await page
        .getByRole('group', { name: 'Year' })
        .getByRole('checkbox')
        .evaluateAll((bs) =>
          bs.map((b) => Number(/\((\d+)\)$/.exec((b as HTMLInputElement).labels?.[0]?.textContent ?? '')?.[1])),
        )
    ).reduce((a, b) => a + b, 0);
  await expect.poll(yearsTotal).toBe(filtered.length);

  // Unchoosing it in the folded group leaves it where it is, so focus does not vanish with it.
  await chosen.focus();
  await page.keyboard.press('Space');
  await expect(page).not.toHaveURL(/[?&]org=/);
  await expect(chosen).not.toBeChecked();
  await expect(chosen).toBeFocused();
});

test('the facets follow the typed query once it settles, and come after the results in tab order', async ({ page }) => {
  await page.goto('/search/?q=database');
  await waitForHydration(page);
  await expect(orgGroup(page).getByRole('button', { name: /^Show all \d+ organisations$/ })).toBeVisible();
  await page.getByLabel(/Search incidents by fault/).fill('network');
  await expect(page.getByRole('status')).toContainText('match “network”');
  const counts = orgCounts(await listedIncidents(page));
  expect(counts.size).toBeGreaterThan(FACET_TOP);
  await expect(orgGroup(page).getByRole('button', { name: `Show all ${counts.size} organisations` })).toBeVisible();
  // The side column is drawn left of the results but follows them in the document, so Tab reaches
  // every result before the first filter.
  const after = await page.evaluate(() => {
    const links = document.querySelectorAll('.search-results a[data-result]');
    const firstFilter = document.querySelector('.search-facets input, .search-facets button');
    const lastLink = links[links.length - 1];
    return (
      !!lastLink &&
      !!firstFilter &&
      !!(lastLink.compareDocumentPosition(firstFilter) & Node.DOCUMENT_POSITION_FOLLOWING)
    );
  });
  expect(after).toBe(true);
});
