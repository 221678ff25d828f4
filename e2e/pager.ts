import { expect, type Page } from '@playwright/test';

/**
 * Visits `url` and every later page of its list by following the pager's rel="next" link, calling
 * `read` on each; returns what `read` gave, page by page. Fails if a page links back to one already
 * seen (a pager loop) or the list runs past `maxPages`.
 */
export async function walkPages<T>(
  page: Page,
  url: string,
  read: (page: Page, n: number) => Promise<T>,
  maxPages = 200,
): Promise<T[]> {
  const out: T[] = [];
  const seen = new Set<string>();
  let next: string | null = url;
  while (next) {
    expect(seen.has(next), `pager loops back to ${next}`).toBe(false);
    expect(seen.size, `more than ${maxPages} pages`).toBeLessThan(maxPages);
    seen.add(next);
    const res = await page.goto(next);
    expect(res?.status(), next).toBe(200);
    out.push(await read(page, out.length + 1));
    const link = page.locator('nav.pager a[rel="next"]');
    next = (await link.count()) > 0 ? await link.getAttribute('href') : null;
  }
  return out;
}
