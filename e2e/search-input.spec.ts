import { expect, test, type Page } from '@playwright/test';

/**
 * Any string typed into search is safe: the header form and /search/?q= are fed hostile, huge and
 * odd strings; nothing runs, nothing throws. The search page (when built) is covered automatically.
 */
const HOSTILE_QUERIES: [string, string][] = [
  ['a script tag', "<script>window.pwned='q';alert('q')</script>"],
  ['an attribute break-out with onerror', '"><img src=x onerror="window.pwned=\'img\';alert(1)">'],
  ['a javascript: URL', "javascript:window.pwned='js'"],
  ['a string break-out', "'; window.pwned='quote'; //"],
  ['a title and SVG injection', '</title><svg onload="window.pwned=\'svg\'">'],
  ['regular-expression specials', '(.*+?[{\\^$|'],
  ['bad percent escapes', '%00%ff%%'],
  ['control, right-to-left and astral characters', '\u202Egnp.exe \u0000 \uFFFF 🙂🙃 '],
  ['10,000 characters', 'a'.repeat(10_000)],
  ['only spaces', '   '],
];

async function watch(page: Page) {
  const seen = { dialogs: [] as string[], errors: [] as string[] };
  page.on('dialog', (d) => {
    seen.dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('pageerror', (e) => seen.errors.push(e.message));
  return seen;
}

const pwned = (page: Page) => page.evaluate(() => (window as unknown as { pwned?: unknown }).pwned);

for (const [name, q] of HOSTILE_QUERIES) {
  test(`a search for ${name} runs nothing, from the header box and from the URL`, async ({ page }) => {
    const seen = await watch(page);
    await page.goto('/incidents/');
    const box = page.getByRole('searchbox', { name: 'Search incidents' });
    await box.fill(q);
    await box.press('Enter');
    await page.waitForURL(/\/search\/\?q=/);
    await page.waitForLoadState('networkidle');
    expect(await pwned(page)).toBeUndefined();

    await page.goto(`/search/?q=${encodeURIComponent(q)}`, { waitUntil: 'networkidle' });
    // Type the query again on whatever /search/ shows (its own box, or the header's on the 404 page).
    const again = page.getByRole('searchbox').first();
    await again.fill(q);
    await page.waitForLoadState('networkidle');
    expect(await pwned(page)).toBeUndefined();
    expect(seen.dialogs).toEqual([]);
    expect(seen.errors).toEqual([]);
  });
}
