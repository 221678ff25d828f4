import { expect, test } from '@playwright/test';
import { waitForHydration } from './hydration';

// The calculators on the built pages reproduce the lecture's figures (issue: "the calculators
// reproduce the numbers above"). The maths itself is unit-tested in lib/reliability.

test('the availability calculator gives the lecture’s downtime for each number of nines, and back', async ({
  page,
}) => {
  await page.goto('/learn/availability/');
  await waitForHydration(page);
  const toDowntime = page.getByRole('group', { name: 'Availability → downtime' });
  const input = toDowntime.getByRole('textbox', { name: 'Availability (%)', exact: true });
  const perYear = toDowntime.locator('output');
  const lecture: [string, RegExp][] = [
    ['90', /per year: 36\.5 days/], // more than a month
    ['99', /per year: 3\.65 days/], // under 4 days
    ['99.9', /per year: 8\.77 hours/], // under 9 hours
    ['99.99', /per year: 52\.6 minutes/], // under an hour
    ['99.999', /per year: 5\.26 minutes/], // about 5 minutes
    ['99.9999', /per year: 31\.6 seconds/], // about 31 seconds
  ];
  for (const [pct, expected] of lecture) {
    await input.fill(pct);
    await expect(perYear).toContainText(expected);
  }
  await input.fill('101');
  await expect(perYear).toHaveText('Enter a percentage between 0 and 100.');

  const fromDowntime = page.getByRole('group', { name: 'Downtime → availability' });
  await fromDowntime.getByRole('textbox', { name: 'Downtime' }).fill('5.26');
  await expect(fromDowntime.locator('output')).toContainText('5.00 nines');

  const fromNines = page.getByRole('group', { name: 'Nines → availability' });
  await fromNines.getByRole('textbox', { name: 'Number of nines' }).fill('3');
  await expect(fromNines.locator('output')).toHaveText('99.9%, 8.77 hours a year');
});

test('the failure-probability calculator gives 1 − (1 − p)^n and p^n for the lecture’s machines', async ({ page }) => {
  await page.goto('/learn/failure-probability/');
  await waitForHydration(page);
  const calc = page.getByRole('group', { name: 'Independent failures' });
  await calc.getByRole('textbox', { name: 'Each part fails with probability (%)' }).fill('1');
  const n = calc.getByRole('textbox', { name: 'Number of parts n' });
  await n.fill('10');
  const out = calc.locator('output');
  await expect(out).toContainText('At least one fails: 1 − (1 − p)ⁿ = 9.562%');
  // The slide prints 10^-12; the exact value is 10^-20.
  await expect(out).toContainText('All fail: pⁿ = 1.00 × 10^-20');
  await expect(out).toContainText('Smallest n with P(at least one) > 50%: 69');
  await n.fill('100');
  await expect(out).toContainText('At least one fails: 1 − (1 − p)ⁿ = 63.4%');
});
