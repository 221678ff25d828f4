/**
 * Measures one search engine's page in headless Chromium: bytes and time to the first result from
 * a cold page (?q= in the address, fresh browser context, no cache), the time from each keystroke
 * to the results for it, and the ranked incident ids of each query. The two pages measured
 * (Faultline's /search/ and the Pagefind harness) both mark result links with data-result and
 * the element showing results with data-searched="<the query shown>".
 */
import { performance } from 'node:perf_hooks';
import type { Browser, BrowserContext, Page, Request } from '@playwright/test';

/** A page that searches: its path and whether it loads anything on an ordinary page of the site. */
export interface EnginePage {
  name: string;
  /** The search page, e.g. "/search/"; `?q=` is appended. */
  path: string;
  /** The CSS selector of its search box. */
  box: string;
  /** URLs an ordinary page of the same site also loads (framework, styles): not search bytes. */
  shell: ReadonlySet<string>;
}

/** What a cold page cost before its first result. */
export interface ColdRun {
  /** ms from navigation start to the first result link in the page. */
  ms: number;
  /** Bytes transferred (compressed, as served) by requests started before the first result. */
  allBytes: number;
  /** The same, without the HTML document and the shell's URLs: what search itself fetched. */
  searchBytes: number;
}

// Runs before the page's scripts: notes when the first result link appears, and when each query's
// results are in the page and then painted after the keystroke that asked for it. The start is the
// input event's own time stamp (when the browser made the event, so time the page spent busy before
// handling it counts). "In the page" is when data-searched changed to that query (the mutation
// observer runs right after the page's script put the results in). "Painted" is the end of the
// first frame after that: a requestAnimationFrame callback runs just before that frame's style,
// layout and paint, and a message posted from it runs once they are done. The frame waits for the
// display's next refresh (every 16.7 ms at 60 Hz), so painted is in the page plus up to a frame.
const OBSERVER = `
window.__bench = { first: undefined, asked: new Map(), shown: [], ahead: new Set() };
// Faultline's page tells its worker when it already shows an answer the worker sent ahead of the
// question (lib/search/ahead.ts): those keystrokes are counted. Pagefind's page posts no such message.
if (typeof Worker !== 'undefined') {
  const post = Worker.prototype.postMessage;
  Worker.prototype.postMessage = function (m, t) {
    if (m && m.type === 'search' && m.shown === true) window.__bench.ahead.add(m.state.q);
    return t === undefined ? post.call(this, m) : post.call(this, m, t);
  };
}
document.addEventListener('input', (e) => {
  if (e.target && 'value' in e.target) window.__bench.asked.set(e.target.value, e.timeStamp);
}, true);
const painted = (then) => requestAnimationFrame(() => {
  const c = new MessageChannel();
  c.port1.onmessage = () => then(performance.now());
  c.port2.postMessage(0);
});
new MutationObserver((records) => {
  const b = window.__bench;
  if (b.first === undefined && document.querySelector('a[data-result]')) b.first = performance.now();
  for (const r of records) {
    if (r.type !== 'attributes' || r.attributeName !== 'data-searched') continue;
    const q = r.target.getAttribute('data-searched');
    const t0 = b.asked.get(q);
    if (t0 === undefined) continue;
    b.asked.delete(q);
    const dom = performance.now() - t0;
    painted((t) => b.shown.push({ q, ms: t - t0, dom }));
  }
}).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-searched'] });
`;

/** The URLs an ordinary page loads (to tell the site's shell from what search fetches). */
export async function shellOf(browser: Browser, url: string): Promise<Set<string>> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const urls = new Set<string>();
  page.on('request', (r) => urls.add(r.url()));
  await page.goto(url, { waitUntil: 'networkidle' });
  await context.close();
  return urls;
}

async function tracked(context: BrowserContext) {
  const started = new Map<Request, number>();
  context.on('request', (r) => started.set(r, Date.now()));
  return started;
}

/** Opens the engine's page cold with the query in the address and measures its first result. */
export async function coldRun(browser: Browser, base: string, engine: EnginePage, q: string): Promise<ColdRun> {
  const context = await browser.newContext();
  await context.addInitScript(OBSERVER);
  const started = await tracked(context);
  const page = await context.newPage();
  const url = `${base}${engine.path}?q=${encodeURIComponent(q)}`;
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as { __bench: { first?: number } }).__bench.first !== undefined, {
    timeout: 60_000,
  });
  const { first, origin } = await page.evaluate(() => ({
    first: (window as unknown as { __bench: { first: number } }).__bench.first,
    origin: performance.timeOrigin,
  }));
  const at = origin + first;
  let allBytes = 0;
  let searchBytes = 0;
  for (const [req, t] of started) {
    if (t > at) continue;
    const res = await req.response();
    if (!res) continue;
    const size = (await req.sizes().catch(() => ({ responseBodySize: 0 }))).responseBodySize;
    allBytes += size;
    const u = req.url();
    if (u !== url && !engine.shell.has(u)) searchBytes += size;
  }
  await context.close();
  return { ms: first, allBytes, searchBytes };
}

/** A warm page for typing: loaded once, its index primed by one search. */
export async function typingPage(browser: Browser, base: string, engine: EnginePage): Promise<Page> {
  const context = await browser.newContext();
  await context.addInitScript(OBSERVER);
  const page = await context.newPage();
  await page.goto(`${base}${engine.path}`);
  await page.locator(engine.box).waitFor();
  const primed = await typeQuery(page, engine, 'a');
  if (primed.missed) throw new Error(`${engine.name} did not answer "a"`);
  return page;
}

/** The times of one query typed a character at a time; `missed` names the first keystroke left unanswered. */
export interface Typed {
  /** Per keystroke, ms from the input event to the results painted. */
  times: number[];
  /** Per keystroke, ms from the input event to the results in the page (before the frame that paints them). */
  inPage: number[];
  /** Keystrokes whose results were an answer sent ahead of the question (Faultline's page only). */
  ahead: number;
  missed?: string;
}

/**
 * Clears the box, then types q a character at a time, each time waiting (up to 10 s) for the
 * results of what the box holds; the time is taken in the page, from the input event to the
 * results painted. Stops at the first keystroke without an answer.
 */
export async function typeQuery(page: Page, engine: EnginePage, q: string): Promise<Typed> {
  const box = page.locator(engine.box);
  const searched = (p: string) =>
    page.waitForFunction((v) => document.querySelector('[data-searched]')?.getAttribute('data-searched') === v, p, {
      timeout: 10_000,
    });
  await box.fill('');
  await searched('');
  await box.focus();
  const times: number[] = [];
  const inPage: number[] = [];
  let ahead = 0;
  for (let i = 1; i <= q.length; i++) {
    const prefix = q.slice(0, i);
    // Each keystroke's paint is looked up by its text: forget those of earlier keystrokes.
    await page.evaluate(() => {
      (window as unknown as { __bench: { shown: unknown[] } }).__bench.shown = [];
    });
    await page.keyboard.type(q[i - 1]!);
    try {
      await searched(prefix);
    } catch {
      return {
        times,
        inPage,
        ahead,
        missed: `${JSON.stringify(prefix)} (box: ${JSON.stringify(await box.inputValue())})`,
      };
    }
    // The paint is noted a frame after the results change; wait for it (or for proof that none is coming).
    const shown = await page
      .waitForFunction(
        (p) =>
          (
            window as unknown as { __bench: { shown: { q: string; ms: number; dom: number }[] } }
          ).__bench.shown.findLast((s) => s.q === p),
        prefix,
        { timeout: 5_000 },
      )
      .then((h) => h.jsonValue() as Promise<{ ms: number; dom: number }>)
      .catch(() => undefined);
    if (shown === undefined) return { times, inPage, ahead, missed: `${JSON.stringify(prefix)} (no input event seen)` };
    times.push(shown.ms);
    inPage.push(shown.dom);
    if (
      await page.evaluate(
        (p) => (window as unknown as { __bench: { ahead: Set<string> } }).__bench.ahead.has(p),
        prefix,
      )
    )
      ahead++;
  }
  return { times, inPage, ahead };
}

/** The first n result links of the page as incident ids (/incidents/<id>/ → id). */
export async function shownIds(page: Page, n: number): Promise<string[]> {
  const hrefs = await page.locator('a[data-result]').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  return hrefs.slice(0, n).map(idOfUrl);
}

/** The incident id of a result URL (base path and trailing slash ignored). */
export function idOfUrl(url: string): string {
  return /\/incidents\/([^/?#]+)\/?/.exec(url)?.[1] ?? url;
}
