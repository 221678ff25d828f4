/**
 * `npm run bench:search -- --vs-pagefind`: Faultline's search beside Pagefind's on the same
 * incidents, both in headless Chromium, on the built out/ (run `npm run build` first): the real
 * site, and seeded synthetic corpora (BENCH_SIZES, default 1000,10000) whose Faultline search
 * files and Pagefind index of a plain-HTML rendering this script writes. For each: bytes and time
 * to the first result from a cold page (median over BENCH_COLD queries of the judged set, default
 * 8), per-keystroke p95 over every query of the judged set typed a character at a time (to the
 * results in the page, and to the frame that paints them), and
 * nDCG@10 of the judged set. Prints one table with Faultline/Pagefind ratios. Figures, not a test.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { getCorpus } from '../../lib/corpus';
import { searchSource } from '../../lib/search/files';
import { buildCoreFile, buildTextFiles } from '../../lib/search/records';
import { readJudgments, type JudgedQuery } from '../../lib/search/relevance/judgments';
import { mean, ndcgAt } from '../../lib/search/relevance/metrics';
import { SEARCH } from '../../lib/routes';
import { startStaticServer } from '../static-server';
import { coldRun, idOfUrl, shellOf, shownIds, typeQuery, typingPage, type EnginePage } from './browser-measure';
import { PAGEFIND_PAGE, closePagefind, prepareRealSite, prepareSyntheticSite } from './pagefind-site';
import { syntheticCorpus } from './synthetic-corpus';

const outDir = path.resolve(process.env.OUT_DIR ?? 'out');
const port = Number(process.env.BENCH_PORT ?? 4377);
const sizes = (process.env.BENCH_SIZES ?? '1000,10000').split(',').filter(Boolean).map(Number);
const coldCount = Number(process.env.BENCH_COLD ?? 8);
/** BENCH_KEYS=0 skips typing (keystroke times and nDCG): the cold-page figures alone, for a quick look at a large corpus. */
const typing = process.env.BENCH_KEYS !== '0';
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Figures of one engine on one corpus. */
interface Figures {
  searchBytes: number;
  allBytes: number;
  firstMs: number;
  keyP95: number;
  /** p95 of the keystrokes' times to the results in the page (before the frame that paints them). */
  keyP95InPage: number;
  /** The worst query's p95 and the query. */
  worst: { q: string; p95: number };
  /** The worst query's p95 to the results in the page, and the query. */
  worstInPage: { q: string; p95: number };
  /** How many queries have a p95 to the results in the page over each of the issue's targets (16 ms at 1,000 incidents, 50 at 10,000). */
  overInPage: { 16: number; 50: number };
  /** Queries typed. */
  queries: number;
  ndcg: number;
  /** Keystrokes typed, and those left unanswered within 10 s (each stops its query). */
  keys: number;
  missed: string[];
  /** Keystrokes shown from an answer sent ahead of the question (Faultline only). */
  ahead: number;
}

const pct = (xs: readonly number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))] ?? NaN;
const median = (xs: readonly number[]) => pct(xs, 50);

async function waitFor(url: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`The bench server did not answer at ${url}.`);
}

async function measure(
  browser: Browser,
  base: string,
  engine: EnginePage,
  queries: readonly JudgedQuery[],
  ranked: (q: string) => Promise<string[]>,
  page: Awaited<ReturnType<typeof typingPage>>,
): Promise<Figures> {
  const cold = [];
  for (const j of queries.slice(0, coldCount)) cold.push(await coldRun(browser, base, engine, j.q));
  const all: number[] = [];
  const allInPage: number[] = [];
  let worst = { q: '', p95: 0 };
  let worstInPage = { q: '', p95: 0 };
  const overInPage = { 16: 0, 50: 0 };
  const ndcgs: number[] = [];
  const missed: string[] = [];
  let ahead = 0;
  for (const j of typing ? queries : []) {
    const typed = await typeQuery(page, engine, j.q);
    const times = typed.times;
    if (typed.missed) missed.push(typed.missed);
    ahead += typed.ahead;
    all.push(...times);
    allInPage.push(...typed.inPage);
    const p = pct(times, 95);
    if (p > worst.p95) worst = { q: j.q, p95: p };
    const inPage = pct(typed.inPage, 95);
    if (inPage > worstInPage.p95) worstInPage = { q: j.q, p95: inPage };
    if (inPage > 16) overInPage[16]++;
    if (inPage > 50) overInPage[50]++;
    ndcgs.push(ndcgAt(await ranked(j.q), j.relevant, 10));
  }
  return {
    searchBytes: median(cold.map((c) => c.searchBytes)),
    allBytes: median(cold.map((c) => c.allBytes)),
    firstMs: median(cold.map((c) => c.ms)),
    keyP95: typing ? pct(all, 95) : NaN,
    keyP95InPage: typing ? pct(allInPage, 95) : NaN,
    worst: typing ? worst : { q: '', p95: NaN },
    worstInPage: typing ? worstInPage : { q: '', p95: NaN },
    overInPage,
    queries: typing ? queries.length : 0,
    ndcg: typing ? mean(ndcgs) : NaN,
    keys: all.length,
    missed,
    ahead,
  };
}

/** Both engines on one prepared site directory. */
async function compare(browser: Browser, dir: string, queries: readonly JudgedQuery[]) {
  const server = startStaticServer(dir, port);
  const base = `http://127.0.0.1:${port}`;
  try {
    await waitFor(`${base}${PAGEFIND_PAGE}`);
    // An ordinary page of the site: what it loads is the shell, not search.
    const shell = await shellOf(browser, `${base}/about/`);
    const faultline: EnginePage = { name: 'Faultline', path: SEARCH, box: '#search-q', shell };
    const pagefind: EnginePage = { name: 'Pagefind', path: PAGEFIND_PAGE, box: '#q', shell: new Set() };
    const flPage = await typingPage(browser, base, faultline);
    const fl = await measure(browser, base, faultline, queries, async () => shownIds(flPage, 10), flPage);
    await flPage.context().close();
    const pfPage = await typingPage(browser, base, pagefind);
    const pf = await measure(
      browser,
      base,
      pagefind,
      queries,
      async (q) =>
        (
          await pfPage.evaluate(
            ([q, n]) => (window as unknown as { pfIds: (q: string, n: number) => Promise<string[]> }).pfIds(q, n),
            [q, 10] as const,
          )
        ).map(idOfUrl),
      pfPage,
    );
    await pfPage.context().close();
    return { fl, pf };
  } finally {
    server.kill();
  }
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const ms = (n: number) => (Number.isNaN(n) ? '— (not typed)' : `${n.toFixed(1)} ms`);
const ratio = (a: number, b: number) => (b === 0 || !Number.isFinite(a / b) ? '—' : `${(a / b).toFixed(2)}×`);

/** "a / b of n": the queries over 16 and over 50 ms in the page, of those typed. */
const over = (f: Figures) =>
  f.queries ? `${f.overInPage[16]} / ${f.overInPage[50]} of ${f.queries}` : '— (not typed)';

function print(label: string, { fl, pf }: { fl: Figures; pf: Figures }) {
  const rows: [string, string, string, string][] = [
    [
      'search bytes before the first result (median)',
      kb(fl.searchBytes),
      kb(pf.searchBytes),
      ratio(fl.searchBytes, pf.searchBytes),
    ],
    ['all bytes before the first result (median)', kb(fl.allBytes), kb(pf.allBytes), ratio(fl.allBytes, pf.allBytes)],
    ['time to first result, cold page (median)', ms(fl.firstMs), ms(pf.firstMs), ratio(fl.firstMs, pf.firstMs)],
    [
      'per-keystroke p95, to the results in the page (all keystrokes)',
      ms(fl.keyP95InPage),
      ms(pf.keyP95InPage),
      ratio(fl.keyP95InPage, pf.keyP95InPage),
    ],
    [
      'per-keystroke p95, to the results painted (+ up to a 16.7 ms frame)',
      ms(fl.keyP95),
      ms(pf.keyP95),
      ratio(fl.keyP95, pf.keyP95),
    ],
    [
      'worst query p95, to the results in the page',
      `${ms(fl.worstInPage.p95)} (“${fl.worstInPage.q}”)`,
      `${ms(pf.worstInPage.p95)} (“${pf.worstInPage.q}”)`,
      ratio(fl.worstInPage.p95, pf.worstInPage.p95),
    ],
    ['queries whose p95 in the page is over 16 / 50 ms', over(fl), over(pf), ''],
    [
      'worst query p95 (painted)',
      `${ms(fl.worst.p95)} (“${fl.worst.q}”)`,
      `${ms(pf.worst.p95)} (“${pf.worst.q}”)`,
      ratio(fl.worst.p95, pf.worst.p95),
    ],
    ['nDCG@10 (judged set)', fl.ndcg.toFixed(3), pf.ndcg.toFixed(3), ratio(fl.ndcg, pf.ndcg)].map((c) =>
      c === 'NaN' || c === 'NaN×' ? '— (not typed)' : c,
    ) as [string, string, string, string],
  ];
  console.log(`\n### ${label}\n`);
  console.log('| measure | Faultline | Pagefind | Faultline/Pagefind |');
  console.log('| --- | --- | --- | --- |');
  for (const r of rows) console.log(`| ${r.join(' | ')} |`);
  for (const [name, f] of [
    ['Faultline', fl],
    ['Pagefind', pf],
  ] as const)
    console.log(
      `\n${name}: ${f.keys} keystrokes timed${f.missed.length ? `; unanswered within 10 s (query stopped there): ${f.missed.join(', ')}` : ', every one answered'}${f.ahead > 0 ? `; ${f.ahead} (${((100 * f.ahead) / f.keys).toFixed(1)}%) shown from an answer sent ahead of the keystroke` : ''}.`,
    );
}

async function main() {
  if (!fs.existsSync(path.join(outDir, 'search', 'index.html'))) {
    console.error(`No built site in ${outDir}: run npm run build first.`);
    process.exit(1);
  }
  const queries = readJudgments();
  const corpus = getCorpus();
  const real = buildCoreFile(searchSource(corpus));
  const realTexts = buildTextFiles(corpus.incidents);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'faultline-vs-pagefind-'));
  const browser = await chromium.launch({ executablePath, args: ['--disable-gpu'] });
  console.log(
    `# Faultline vs Pagefind (headless Chromium, ${typing ? `${queries.length} judged queries typed a character at a time` : 'nothing typed (BENCH_KEYS=0)'}; cold page: median of ${Math.min(coldCount, queries.length)} queries; bytes as served compressed)`,
  );
  try {
    const realDir = path.join(work, 'real');
    await prepareRealSite(outDir, realDir);
    print(`The real site (${real.records.length} incidents)`, await compare(browser, realDir, queries));
    fs.rmSync(realDir, { recursive: true, force: true });
    for (const size of sizes) {
      const { core, texts } = syntheticCorpus(real, realTexts, size, 20240229);
      const dir = path.join(work, String(size));
      await prepareSyntheticSite(outDir, dir, core, texts);
      print(
        `${size.toLocaleString('en')} incidents (${real.records.length} real + ${size - real.records.length} synthetic)`,
        await compare(browser, dir, queries),
      );
      fs.rmSync(dir, { recursive: true, force: true });
    }
  } finally {
    await browser.close();
    await closePagefind();
    fs.rmSync(work, { recursive: true, force: true });
  }
  console.log(
    '\nSearch bytes leave out what an ordinary page of the site also loads (framework, styles) and the HTML page itself.',
  );
}

await main();
