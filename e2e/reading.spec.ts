import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';

/**
 * Reading checks for EVERY case study, at a desktop and a phone width: what a reader needs first
 * (title, summary, key facts, the original report) is on the first screen, the story starts soon
 * after, nothing scrolls sideways, and chart text is at least 11 CSS px.
 */

// The built site's own list of incidents, so a case study added later is checked too.
const outDir = path.resolve(process.env.OUT_DIR ?? 'out');
const ids: string[] = (
  JSON.parse(fs.readFileSync(path.join(outDir, 'data', 'incidents.json'), 'utf8')) as { incidents: { id: string }[] }
).incidents.map((i) => i.id);

const WIDTHS = [
  // The story may start at most this far down: below the head, the folded contents and disputes.
  { name: 'desktop', width: 1280, height: 800, storyBound: 1000 },
  { name: 'phone', width: 390, height: 844, storyBound: 1700 },
] as const;

/** Bottom edge of the first element matching `selector`, in page pixels. */
async function bottomOf(page: Page, selector: string): Promise<number> {
  return page
    .locator(selector)
    .first()
    .evaluate((el) => el.getBoundingClientRect().bottom + window.scrollY);
}

for (const w of WIDTHS) {
  test.describe(`every case study reads well at ${w.width} px`, () => {
    test.use({ viewport: { width: w.width, height: w.height } });

    test(`${ids.length} incident pages`, async ({ page }) => {
      test.setTimeout(ids.length * 4000 + 30_000);
      expect(ids.length).toBeGreaterThan(0);
      // Soft assertions: one run lists every page that misses, not just the first.
      for (const id of ids) {
        await page.goto(`/incidents/${id}/`);
        for (const sel of ['h1', '.case-head .lede', '.key-facts', '.original-report'])
          expect
            .soft(await bottomOf(page, sel), `${id} at ${w.width}: ${sel} within the first screen`)
            .toBeLessThanOrEqual(w.height);
        const storyTop = await page.locator('.story').evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
        expect.soft(storyTop, `${id} at ${w.width}: story start`).toBeLessThanOrEqual(w.storyBound);

        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect.soft(overflow, `${id} at ${w.width}: sideways scroll`).toBeLessThanOrEqual(0);

        // Rendered size of each visible SVG text: its CSS font size times the drawing's scale.
        const small = await page.evaluate(() =>
          [...document.querySelectorAll<SVGTextElement>('svg text')]
            .filter((t) => t.getClientRects().length > 0)
            .map((t) => ({
              text: t.textContent ?? '',
              px: parseFloat(getComputedStyle(t).fontSize) * (t.getScreenCTM()?.a ?? 1),
            }))
            .filter((t) => t.px < 10.95),
        );
        expect.soft(small, `${id} at ${w.width}: chart text under 11 px`).toEqual([]);
      }
    });
  });
}

test.describe('case-study layout', () => {
  test('on a phone the contents are folded and the fault tags are a list', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/incidents/aws-kinesis-us-east-1-2020/');
    const fold = page.locator('details.toc');
    await expect(fold).toHaveCount(1);
    await expect(fold).toBeVisible();
    await expect(fold).not.toHaveAttribute('open');
    await expect(fold.locator('nav')).toBeHidden();
    await fold.locator('summary').click();
    await expect(fold.locator('nav')).toBeVisible();
    // The tags are a list at every width: no table whose columns could be off-screen.
    await expect(page.locator('.fault-tag-list')).toBeVisible();
    await expect(page.locator('.case-main section:has(#faults-h) table')).toHaveCount(0);
  });

  test('on a desktop the contents stay in view while the story scrolls', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/incidents/aws-kinesis-us-east-1-2020/');
    await page.waitForSelector('html[data-hydrated]');
    const toc = page.locator('details.toc');
    await expect(toc).toHaveCount(1);
    await expect(toc.locator('nav')).toBeVisible();
    // Open for assistive technology as well as on screen.
    await expect(toc).toHaveAttribute('open');
    await page.locator('#sources-h').scrollIntoViewIfNeeded();
    const top = await toc.evaluate((el) => el.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(100);
  });

  test('adjacent footnote markers are separated and lead to the one source list', async ({ page }) => {
    await page.goto('/incidents/aws-kinesis-us-east-1-2020/');
    // Two footnote-reference <sup>s with no node between them would read as one number.
    const touching = await page.evaluate(
      () =>
        [...document.querySelectorAll('.story sup')].filter(
          (s) =>
            s.querySelector('a[data-footnote-ref]') &&
            s.previousSibling instanceof Element &&
            s.previousSibling.matches('sup') &&
            s.previousSibling.querySelector('a[data-footnote-ref]'),
        ).length,
    );
    expect(touching).toBe(0);
    await expect(page.locator('.story .fn-sep').first()).toBeAttached();
    await expect(page.locator('.story section[data-footnotes]')).toHaveCount(0);
    const first = page.locator('.story a[data-footnote-ref]').first();
    const target = await first.getAttribute('href');
    expect(target).toMatch(/^#source-/);
    await expect(page.locator(target!)).toHaveCount(1);
  });

  test('a disputed duration is shown as disputed, not as a plain fact', async ({ page }) => {
    await page.goto('/incidents/aws-kinesis-us-east-1-2020/');
    const howLong = page.locator('.key-facts div').filter({ hasText: 'How long' });
    await expect(howLong).toContainText('17 h');
    await expect(howLong.getByRole('link', { name: 'disputed' })).toBeVisible();
    await howLong.getByRole('link', { name: 'disputed' }).click();
    await expect(page.locator('#disputes')).toContainText(/duration/i);
  });
});
