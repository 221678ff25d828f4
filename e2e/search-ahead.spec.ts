import { expect, test, type Page } from '@playwright/test';

/**
 * Answers ahead of the keystroke (lib/search/ahead.ts): a letter that continues the word being
 * typed shows its results before the frame that paints the letter, and they are the results the
 * same query gives on a fresh page. Chromium runs no worker message between a keystroke and that
 * frame, so results seen at it were rendered in the keystroke's own event.
 */
const box = (page: Page) => page.getByLabel(/Search incidents by fault/);
const searched = (page: Page, q: string) => expect(page.locator(`[data-searched="${q}"]`)).toHaveCount(1);
const ids = (page: Page) =>
  page.locator('a[data-result]').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));

/** Before the page loads: notes the queries whose answers the search worker sends ahead. */
async function watchAhead(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { aheadOf: Set<string>; Worker: typeof Worker };
    w.aheadOf = new Set();
    const Original = w.Worker;
    w.Worker = class extends Original {
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        this.addEventListener('message', (e: MessageEvent<{ type: string; q?: string }>) => {
          if (e.data.type === 'ahead' && e.data.q !== undefined) w.aheadOf.add(e.data.q);
        });
      }
    };
  });
}
const sentAhead = (page: Page, q: string) =>
  page.evaluate((v) => (window as unknown as { aheadOf: Set<string> }).aheadOf.has(v), q);

/** Notes, at the first frame after each input event, which query's results the page shows. */
async function watchFrames(page: Page) {
  await page.evaluate(() => {
    const w = window as unknown as { atFrame: Record<string, string | null> };
    w.atFrame = {};
    document.addEventListener(
      'input',
      (e) => {
        const typed = (e.target as HTMLInputElement).value;
        requestAnimationFrame(() => {
          w.atFrame[typed] = document.querySelector('[data-searched]')?.getAttribute('data-searched') ?? null;
        });
      },
      true,
    );
  });
}
const atFrame = (page: Page, q: string) =>
  page.evaluate((v) => (window as unknown as { atFrame: Record<string, string | null> }).atFrame[v], q);

const CASES: [typed: string, next: string][] = [
  ['zookeepe', 'r'],
  ['leap secon', 'd'],
  ['thread', ' '],
];
for (const [typed, next] of CASES) {
  test(`“${typed}” then “${next}”: the results show in the letter's own frame, as a fresh page gives them`, async ({
    page,
  }) => {
    const q = typed + next;
    await page.goto(`/search/?q=${encodeURIComponent(q)}`);
    await searched(page, q);
    const fresh = await ids(page);
    expect(fresh.length).toBeGreaterThan(0);

    await watchAhead(page);
    await page.goto('/search/');
    await box(page).fill(typed);
    await searched(page, typed);
    // The worker sends its answers ahead right after the answer.
    await expect.poll(() => sentAhead(page, q)).toBe(true);
    await watchFrames(page);
    await box(page).press(next === ' ' ? 'Space' : next);
    await expect.poll(() => atFrame(page, q)).toBe(q);
    await searched(page, q);
    expect(await ids(page)).toEqual(fresh);
  });
}

test('a mistyped letter still gets its answer, and Backspace shows the answer before it in its own frame', async ({
  page,
}) => {
  await page.goto('/search/');
  await box(page).fill('zookeeper');
  await searched(page, 'zookeeper');
  const before = await ids(page);
  await box(page).press('x');
  await searched(page, 'zookeeperx');
  await page.waitForTimeout(300);
  await watchFrames(page);
  await box(page).press('Backspace');
  await expect.poll(() => atFrame(page, 'zookeeper')).toBe('zookeeper');
  expect(await ids(page)).toEqual(before);
});
