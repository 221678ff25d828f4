import { expect, test } from '@playwright/test';

/**
 * /stats/: each year's bar, and the table's "Incidents" column, equal the number of incidents that
 * started that year according to the published /data/incidents.json (an independent count).
 */
test('every per-year bar equals the number of incidents that year', async ({ page, request }) => {
  const data = (await (await request.get('/data/incidents.json')).json()) as {
    incidents: { started: { at: string } }[];
  };
  const expected = new Map<number, number>();
  for (const i of data.incidents) {
    const y = Number(i.started.at.slice(0, 4));
    expected.set(y, (expected.get(y) ?? 0) + 1);
  }
  await page.goto('/stats/');
  const bars = await page.evaluate(() =>
    [...document.querySelectorAll('.chart g[data-year]')].map((g) => ({
      year: Number(g.getAttribute('data-year')),
      total: Number(g.getAttribute('data-total')),
      parts: (g.getAttribute('data-parts') ?? '').split(' ').reduce((n, c) => n + Number(c), 0),
    })),
  );
  expect(bars.length).toBeGreaterThan(0);
  for (const b of bars) {
    expect(b.total, String(b.year)).toBe(expected.get(b.year) ?? 0);
    expect(b.parts, String(b.year)).toBe(b.total);
  }
  expect(bars.reduce((n, b) => n + b.total, 0)).toBe(data.incidents.length);
  const table = page.getByRole('table', { name: 'Incidents per year by root fault class' });
  for (const [year, n] of expected) {
    const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: String(year) }) });
    await expect(row.locator('td').last()).toHaveText(String(n));
  }
});
