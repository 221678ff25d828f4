import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { builtPages } from '../lib/perf/page-weight';

const pages = builtPages();
// Link targets already fetched by this worker: most pages share their header and footer links.
const checked = new Map<string, number>();

test('the build wrote the core pages', () => {
  expect(pages).toEqual(expect.arrayContaining(['/', '/incidents/', '/faults/', '/goals/', '/challenges/', '/orgs/', '/about/method/']));
});

// One test per page, so a failure names the page.
for (const url of pages) {
  test(`page ${url}: no broken internal link, console error, failed request or serious axe violation`, async ({ page, request }) => {
    const consoleErrors: string[] = [];
    const failed: string[] = [];
    page.on('console', (msg) => { if (msg.type() === 'error') consoleErrors.push(msg.text()); });
    page.on('pageerror', (err) => consoleErrors.push(err.message));
    page.on('requestfailed', (req) => failed.push(`${req.url()} ${req.failure()?.errorText ?? ''}`));
    page.on('response', (res) => { if (res.status() >= 400) failed.push(`${res.status()} ${res.url()}`); });

    const response = await page.goto(url, { waitUntil: 'networkidle' });
    expect(response?.status()).toBe(200);
    await expect(page.locator('h1')).toHaveCount(1);
    expect(await page.title()).not.toBe('');

    const hrefs = await page.locator('a[href]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    const origin = new URL(page.url()).origin;
    const internal = [...new Set(hrefs.filter((h) => h.startsWith(origin)).map((h) => h.split('#')[0]!))];
    const broken: string[] = [];
    for (const href of internal) {
      if (!checked.has(href)) checked.set(href, (await request.get(href)).status());
      const status = checked.get(href);
      if (status !== 200) broken.push(`${status} ${href}`);
    }
    expect(broken).toEqual([]);

    const axe = await new AxeBuilder({ page }).analyze();
    const serious = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
    expect(serious).toEqual([]);
    expect(failed).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
}
