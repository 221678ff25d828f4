import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { HtmlValidate } from 'html-validate';
import { ideaHref, LECTURE_IDEAS } from '../lib/reliability/lecture-map';
import { learnPath } from '../lib/routes';
import { waitForHydration } from './hydration';

// Every calculator case of the lecture issue, typed into the built pages as a student would.
// The maths itself is unit-tested against independent computations in lib/reliability.

async function open(page: Page, url: string, group: string): Promise<Locator> {
  await page.goto(url);
  await waitForHydration(page);
  return page.getByRole('group', { name: group, exact: true });
}
const results = (g: Locator) => g.locator('.calc-results');

test.describe('availability calculator', () => {
  test('gives the lecture’s downtime for each number of nines', async ({ page }) => {
    const g = await open(page, '/learn/availability/', 'Availability → downtime');
    const input = g.getByRole('textbox', { name: 'Availability (%)' });
    const lecture: [string, RegExp][] = [
      ['90', /per year: 36\.5 days/],
      ['99', /per year: 3\.65 days/],
      ['99.9', /per year: 8\.77 hours/],
      ['99.99', /per year: 52\.6 minutes/],
      ['99.999', /per year: 5\.26 minutes/],
      ['99.9999', /per year: 31\.6 seconds/],
    ];
    for (const [pct, expected] of lecture) {
      await input.fill(pct);
      await expect(results(g)).toContainText(expected);
    }
  });

  test('states its limits beside the input and refuses 101% with them', async ({ page }) => {
    const g = await open(page, '/learn/availability/', 'Availability → downtime');
    await expect(g.getByText('(from 0 up to 100 %)')).toBeVisible();
    await g.getByRole('textbox', { name: 'Availability (%)' }).fill('101');
    await expect(results(g)).toContainText('out of range');
    await expect(results(g)).toContainText('from 0 up to 100 %');
  });

  test('reads 100% as no downtime, never as Infinity nines', async ({ page }) => {
    const g = await open(page, '/learn/availability/', 'Availability → downtime');
    await g.getByRole('textbox', { name: 'Availability (%)' }).fill('100');
    await expect(results(g)).toContainText('no downtime');
    await expect(results(g)).not.toContainText('Infinity');
  });

  test('asks about an ambiguous "99,9" instead of guessing', async ({ page }) => {
    const g = await open(page, '/learn/availability/', 'Availability → downtime');
    await g.getByRole('textbox', { name: 'Availability (%)' }).fill('99,9');
    await expect(results(g)).toContainText('ambiguous');
  });

  test('computes availability from raw uptime and downtime', async ({ page }) => {
    const g = await open(page, '/learn/availability/', 'Uptime and downtime → availability');
    await g.getByRole('textbox', { name: 'Uptime', exact: true }).fill('999');
    await g.getByRole('textbox', { name: 'Downtime', exact: true }).fill('1');
    await expect(results(g)).toContainText('Availability: 99.9%');
    await expect(results(g)).toContainText('Nines: 3.00 nines');
  });

  test('gives 100% for 0 downtime, in both downtime calculators', async ({ page }) => {
    const g = await open(page, '/learn/availability/', 'Uptime and downtime → availability');
    await g.getByRole('textbox', { name: 'Downtime', exact: true }).fill('0');
    await expect(results(g)).toContainText('Availability: 100%');
    await expect(results(g)).toContainText('no downtime');
    const d = page.getByRole('group', { name: 'Downtime → availability', exact: true });
    await d.getByRole('textbox', { name: 'Downtime' }).fill('0');
    await expect(results(d)).toContainText('Availability: 100%');
    await expect(results(d)).not.toContainText('shorter');
    await expect(results(d)).not.toContainText('Infinity');
  });

  test('reads "1,000" minutes a year as a thousand: 2.72 nines', async ({ page }) => {
    const g = await open(page, '/learn/availability/', 'Downtime → availability');
    await g.getByRole('textbox', { name: 'Downtime' }).fill('1,000');
    await expect(results(g)).toContainText('Nines: 2.72 nines');
  });

  test('refuses a downtime longer than the period, saying how long the period is', async ({ page }) => {
    const g = await open(page, '/learn/availability/', 'Downtime → availability');
    await g.getByRole('textbox', { name: 'Downtime' }).fill('400');
    await g.getByRole('combobox', { name: 'Unit' }).selectOption('d');
    await expect(results(g)).toContainText('A year is 365 days');
  });

  test('never shows 100% for 8.3 to 11.9 nines, and keeps 12 nines exact', async ({ page }) => {
    const g = await open(page, '/learn/availability/', 'Nines → availability');
    const input = g.getByRole('textbox', { name: 'Number of nines' });
    for (const n of ['8.3', '9', '9.5', '10', '10.7', '11.9']) {
      await input.fill(n);
      await expect(results(g)).toContainText(/Availability: 99\.9{6,}\d*%/);
      await expect(results(g)).not.toContainText('Availability: 100%');
    }
    await input.fill('12');
    await expect(results(g)).toContainText('Availability: 99.9999999999%');
    await expect(results(g)).toContainText('Allowed downtime per year: 3.16 × 10⁻⁵ seconds');
  });

  test('the lecture’s downtime for five nines comes back as 5.00 nines', async ({ page }) => {
    const g = await open(page, '/learn/availability/', 'Downtime → availability');
    await g.getByRole('textbox', { name: 'Downtime' }).fill('5.26');
    await expect(results(g)).toContainText('5.00 nines');
  });
});

test.describe('composition calculator', () => {
  test('does not round three 99.9% replicas in parallel up to 100%', async ({ page }) => {
    const g = await open(page, '/learn/availability/', 'Series and parallel');
    await expect(results(g)).toContainText('Any one of 3 suffices (parallel): 99.9999999% (9.00 nines)');
    await expect(results(g)).toContainText('All 3 needed (series): 99.7003%');
    await expect(results(g)).not.toContainText('100%');
  });

  test('asks about "99,9" rather than splitting it into two components', async ({ page }) => {
    const g = await open(page, '/learn/availability/', 'Series and parallel');
    await g.getByRole('textbox', { name: /Component availabilities/ }).fill('99,9');
    await expect(results(g)).toContainText('ambiguous');
    await expect(results(g)).not.toContainText('Any one of 2');
  });

  test('refuses a fractional quorum size with a message stating the limits', async ({ page }) => {
    const g = await open(page, '/learn/availability/', 'k-of-n quorum');
    await g.getByRole('textbox', { name: 'of n' }).fill('3.5');
    await expect(results(g)).toContainText('whole number');
    await expect(results(g)).toContainText('up to 50');
  });

  test('computes 2-of-3 at 99% and MTTR for 99.99%', async ({ page }) => {
    const g = await open(page, '/learn/availability/', 'k-of-n quorum');
    await expect(results(g)).toContainText('At least 2 of 3 up: 99.9702%');
    const m = page.getByRole('group', { name: 'MTTF and MTTR' });
    await expect(m).toContainText('MTTR needed: 4.32 minutes');
  });
});

test.describe('failure-probability calculator', () => {
  test('gives the lecture’s 1%-a-month figures, with 10⁻²⁰ for all ten', async ({ page }) => {
    const g = await open(page, '/learn/failure-probability/', 'Independent failures');
    await g.getByRole('textbox', { name: 'Number of parts n' }).fill('10');
    await expect(results(g)).toContainText('At least one fails, 1 − (1 − p)ⁿ: 9.562%');
    await expect(results(g)).toContainText('All fail, pⁿ: 1.00 × 10⁻¹⁸ % (1 in 1.00 × 10²⁰)');
    await expect(results(g)).toContainText('Smallest n with P(at least one fails) over 50%: 69 parts');
    await g.getByRole('textbox', { name: 'Number of parts n' }).fill('100');
    await expect(results(g)).toContainText('At least one fails, 1 − (1 − p)ⁿ: 63.4%');
  });

  test('handles p = 1e-15 and n = 10⁶ in correct scientific notation', async ({ page }) => {
    const g = await open(page, '/learn/failure-probability/', 'Independent failures');
    await g.getByRole('textbox', { name: 'Each part fails with probability (%)' }).fill('1e-15');
    await g.getByRole('textbox', { name: 'Number of parts n' }).fill('1000000');
    // p = 10⁻¹⁷ as a fraction; np = 10⁻¹¹ = 10⁻⁹ %.
    await expect(results(g)).toContainText('At least one fails, 1 − (1 − p)ⁿ: 1.00 × 10⁻⁹ % (1 in 1.00 × 10¹¹)');
    await expect(results(g)).toContainText('All fail, pⁿ: 1.00 × 10⁻¹⁶⁹⁹⁹⁹⁹⁸ %');
    await expect(results(g)).toContainText('Smallest n with P(at least one fails) over 50%: 69,314,718,055,994,');
    for (const bad of ['0.00 × 10', 'Infinity', 'NaN']) await expect(results(g)).not.toContainText(bad);
  });

  test('keeps a label and a unit on results below 10⁻⁴', async ({ page }) => {
    const g = await open(page, '/learn/failure-probability/', 'Independent failures');
    await g.getByRole('textbox', { name: 'Each part fails with probability (%)' }).fill('0.5');
    await g.getByRole('textbox', { name: 'Number of parts n' }).fill('3');
    await expect(results(g)).toContainText('All fail, pⁿ: 1.25 × 10⁻⁵ % (1 in 8.00 × 10⁶)');
  });

  test('takes n = 10⁹, states the cap, and refuses 100.5 parts', async ({ page }) => {
    const g = await open(page, '/learn/failure-probability/', 'Independent failures');
    const n = g.getByRole('textbox', { name: 'Number of parts n' });
    await expect(g.getByText('(from 1 up to 1,000,000,000,000, a whole number)')).toBeVisible();
    await n.fill('1e9');
    await expect(results(g)).toContainText('At least one fails, 1 − (1 − p)ⁿ: 100% − ');
    await n.fill('1e13');
    await expect(results(g)).toContainText('up to 1,000,000,000,000');
    await n.fill('100.5');
    await expect(results(g)).toContainText('must be a whole number');
    await expect(results(g)).not.toContainText('At least one fails');
  });
});

test.describe('network calculators', () => {
  test('counts the links of a full mesh and the chance one fails', async ({ page }) => {
    const g = await open(page, '/learn/network/', 'Links in a full mesh');
    await expect(results(g)).toContainText('Links, n(n − 1)/2: 45 links');
    await expect(results(g)).toContainText(
      `At least one link fails: ${Number(((1 - 0.99 ** 45) * 100).toPrecision(4))}%`,
    );
    const n = g.getByRole('textbox', { name: 'Number of nodes n' });
    await n.fill('1,000');
    await expect(results(g)).toContainText('Links, n(n − 1)/2: 499,500 links');
    await n.fill('2000000');
    await expect(results(g)).toContainText('up to 1,000,000');
    await n.fill('10.5');
    await expect(results(g)).toContainText('whole number');
  });

  test('turns a distance into the minimum round trip in fibre, beside a foot per nanosecond', async ({ page }) => {
    const g = await open(page, '/learn/network/', 'Distance → minimum round trip');
    await expect(results(g)).toContainText('Minimum round trip in fibre (light at ⅔ c): 55.7 ms');
    await expect(results(g)).toContainText('Round trip at the lecture’s 1 foot per nanosecond: 36.5 ms');
    await g.getByRole('textbox', { name: 'Distance (km)' }).fill('1,000');
    await expect(results(g)).toContainText('in fibre (light at ⅔ c): 10 ms');
    await g.getByRole('textbox', { name: 'Distance (km)' }).fill('50000');
    await expect(results(g)).toContainText('up to 40,075 km');
  });
});

test.describe('the lecture map', () => {
  for (const idea of LECTURE_IDEAS) {
    test(`teaches “${idea.id}” in a section of ${idea.page}`, async ({ page }) => {
      await page.goto(learnPath(idea.page));
      const section = page.locator(`section#${idea.id}`);
      await expect(section.getByRole('heading', { level: 2 })).toHaveText(idea.title);
      await expect(section.getByRole('link', { name: /^Quiz yourself/ })).toHaveAttribute('href', /\/quiz\/\?topic=/);
    });
  }

  test('links every idea to its section and its quiz', async ({ page }) => {
    await page.goto('/learn/lecture/');
    for (const idea of LECTURE_IDEAS) {
      const row = page.locator(`#map-${idea.id}`);
      await expect(row.getByRole('link').first()).toHaveAttribute('href', ideaHref(idea));
      await expect(row.locator('td').last()).not.toHaveText('0');
    }
  });
});

test('every learn page is valid HTML (html-validate:standard)', async () => {
  const out = path.resolve('out/learn');
  const files = fs
    .readdirSync(out, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .map((f) => path.join(out, f));
  expect(files.length).toBeGreaterThan(5);
  const validator = new HtmlValidate({ extends: ['html-validate:standard'] });
  const problems: string[] = [];
  for (const file of files) {
    const report = await validator.validateFile(file);
    for (const r of report.results)
      for (const m of r.messages) problems.push(`${path.relative(out, file)}:${m.line}: ${m.ruleId} ${m.message}`);
  }
  expect(problems).toEqual([]);
});
