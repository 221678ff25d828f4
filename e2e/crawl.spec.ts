import { expect, test } from '@playwright/test';
import { seriousViolations } from './axe';
import { builtPages } from '../lib/perf/page-weight';

const pages = builtPages();
const PHONE = { width: 390, height: 844 };
/** The route a page is built from: /incidents/<id>/ and the like share one layout. */
const routeOf = (url: string) =>
  url
    .replace(/^\/(incidents|faults|goals|challenges|orgs|technologies)\/[^/]+\/page\/\d+\/$/, '/$1/[id]/page/[n]/')
    .replace(/^\/(incidents|faults|goals|challenges|orgs|technologies)\/[^/]+\/$/, '/$1/[id]/');
// axe at phone width runs on the first page of each route (a layout question; axe at desktop width
// already covers every page's content), which keeps the crawl's time down.
const phoneAxePages = new Set(new Map(pages.map((url) => [routeOf(url), url])).values());

// Link targets already fetched by this worker: most pages share their header and footer links.
const checked = new Map<string, number>();

test('the build wrote the core pages', () => {
  expect(pages).toEqual(
    expect.arrayContaining(['/', '/incidents/', '/faults/', '/goals/', '/challenges/', '/orgs/', '/about/method/']),
  );
});

// One test per page, so a failure names the page.
for (const url of pages) {
  test(`page ${url}: no broken internal link, console error, failed request, serious axe violation, or sideways scroll on a phone`, async ({
    page,
    request,
  }) => {
    const consoleErrors: string[] = [];
    const failed: string[] = [];
    page.on('console', (msg) => {
      if (msg.type() === 'error') consoleErrors.push(msg.text());
    });
    page.on('pageerror', (err) => consoleErrors.push(err.message));
    page.on('requestfailed', (req) => failed.push(`${req.url()} ${req.failure()?.errorText ?? ''}`));
    page.on('response', (res) => {
      if (res.status() >= 400) failed.push(`${res.status()} ${res.url()}`);
    });

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

    expect(await seriousViolations(page)).toEqual([]);

    // On a phone: nothing widens the page (wide tables scroll inside their own region), and the
    // narrow layout passes axe too (a table that scrolls there must take keyboard focus).
    await page.setViewportSize(PHONE);
    const sideways = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(sideways, 'the page scrolls sideways on a 390 px wide screen').toBeLessThanOrEqual(0);
    if (phoneAxePages.has(url)) expect(await seriousViolations(page)).toEqual([]);
    // A renamed incident's old address redirects at once (meta refresh), which aborts the requests
    // it had started (its icon, say); those aborts are the redirect working, not a failure.
    const redirected = new URL(page.url()).pathname !== url;
    expect(failed.filter((f) => !(redirected && f.endsWith('net::ERR_ABORTED')))).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
}
