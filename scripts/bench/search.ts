/**
 * `npm run bench:search`: first the judged relevance set over the real corpus (precision@3,
 * recall@10, nDCG@10, mean hit count, per query and overall); then the lib/search code in Node
 * over seeded synthetic corpora (sizes from BENCH_SIZES, default 1,000; ~1,500-word bodies, real
 * word frequencies): p50/p95 per query in Node and the size of every index file, raw and gzipped.
 * `-- --vs-pagefind` runs the browser comparison with Pagefind instead (scripts/bench/pagefind.ts).
 * Figures, not a test: nothing here passes or fails.
 */
import { gzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import { getCorpus } from '../../lib/corpus';
import { buildBodyIndex, createEngine, withBody, type Engine } from '../../lib/search/engine';
import { finishSearch, matchQuery } from '../../lib/search/query';
import { resultCard } from '../../lib/search/cards';
import { searchService } from '../../lib/search/worker-service';
import { buildCoreFile, buildTextFiles } from '../../lib/search/records';
import { bodyJson, indexFiles, searchSource } from '../../lib/search/files';
import { evaluate } from '../../lib/search/relevance/evaluate';
import { readJudgments } from '../../lib/search/relevance/judgments';
import recorded from '../../lib/search/relevance/recorded.json';
import { termOffers } from '../../lib/search/suggest';
import { noFilters } from '../../lib/search/facets';
import { syntheticCorpus } from './synthetic-corpus';

/** The fixed query set: the issue's "done when" queries, typos, a prefix, a term name, odd input. */
const QUERIES: [label: string, q: string, target?: string][] = [
  ['thread limit', 'thread limit', 'aws-kinesis-us-east-1-2020'],
  ['poison packet', 'poison packet', 'pagerduty-zookeeper-poison-packet-2014'],
  ['fiber cut', 'fiber cut', 'comcast-backbone-fiber-cuts-2018'],
  ['regex', 'regex', 'cloudflare-waf-regex-2019'],
  ['BGP', 'BGP', 'facebook-backbone-bgp-2021'],
  ['leap day', 'leap day', 'azure-leap-day-2012'],
  ['kinesys (typo)', 'kinesys', 'aws-kinesis-us-east-1-2020'],
  ['zookeper (typo)', 'zookeper', 'pagerduty-zookeeper-poison-packet-2014'],
  ['cloudfare (typo)', 'cloudfare', 'cloudflare-waf-regex-2019'],
  ['thread lim (typing)', 'thread lim', 'aws-kinesis-us-east-1-2020'],
  ['resource exhaustion', 'resource exhaustion'],
  ['4 words', 'configuration change caused cascading outage'],
  ['regex chars', '.*(a+)+[\\d]{2}$ ^|?'],
  ['emoji + RTL', '🔥 שרת נפל 🔥 خادم'],
  ['5,000 chars', 'timeout '.repeat(625)],
];

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;
const ms = (n: number) => `${n.toFixed(2)} ms`;

/** Results the search page shows at first (app/search/SearchApp.tsx). */
const SHOWN = 20;

/**
 * What one keystroke costs the search worker: search, term offers, and the cards of the results
 * shown (the facet counts are not: the worker works them out only once typing pauses).
 */
function keystroke(engine: Engine, q: string) {
  const out = finishSearch(engine, matchQuery(engine, q), noFilters(), false);
  termOffers(engine, out.query);
  for (const hit of out.hits.slice(0, SHOWN)) resultCard(engine, hit);
  return out;
}

/** Milliseconds of this process's CPU time (user), so other work on the machine does not count. */
const cpuMs = () => process.cpuUsage().user / 1000;

/**
 * The worker's CPU time for every keystroke of the judged set (each query typed a character at a
 * time), after one untimed pass: p50, p95 and the slowest keystrokes.
 */
function everyKeystroke(engine: Engine) {
  const prefixes = readJudgments().flatMap((j) => Array.from(j.q, (_, i) => j.q.slice(0, i + 1)));
  for (const q of prefixes) keystroke(engine, q);
  const timed = prefixes.map((q) => {
    const s = cpuMs();
    keystroke(engine, q);
    return { q, ms: cpuMs() - s };
  });
  const xs = timed.map((t) => t.ms);
  const worst = [...timed].sort((a, b) => b.ms - a.ms).slice(0, 5);
  console.log(
    `
Every keystroke of the judged set (${prefixes.length}), CPU time of one worker answer (search, term offers, ${SHOWN} cards): p50 ${ms(pct(xs, 50))}, p95 ${ms(pct(xs, 95))}; slowest ${worst.map((w) => `“${w.q}” ${ms(w.ms)}`).join(', ')}.\n`,
  );
}

async function bench(size: number, reps: number) {
  const corpus = getCorpus();
  const real = buildCoreFile(searchSource(corpus));
  const { core, texts } = syntheticCorpus(real, buildTextFiles(corpus.incidents), size, 20240229);
  const coreJson = JSON.stringify(core);
  let t0 = performance.now();
  const bodyJson = JSON.stringify(buildBodyIndex(texts));
  const buildBodyMs = performance.now() - t0;

  console.log(
    `\n## ${size.toLocaleString('en')} incidents (${real.records.length} real + ${size - real.records.length} synthetic, ~${Math.round(texts.reduce((n, t) => n + t.text.split(' ').length, 0) / texts.length)} words of text each)\n`,
  );
  console.log('| file | raw | gzipped | loaded |');
  console.log('| --- | --- | --- | --- |');
  const files = indexFiles(core, texts);
  const gz = new Map([...files].map(([p, t]) => [p, gzipSync(t).length]));
  const groups = new Map<string, string[]>();
  for (const p of files.keys()) {
    const kind = /^(record|facets)\/chunk-\d+\.json$/.test(p)
      ? p.replace(/chunk-\d+/, 'chunk-<k>')
      : /\/group-\d+\.json$/.test(p)
        ? p.replace(/group-\d+/, 'group-<g>')
        : p.replace(/\/(?:\d+|[^/]+(?<!meta|words))\.json$/, '/<n>.json');
    groups.set(kind, [...(groups.get(kind) ?? []), p]);
  }
  const WHEN: Record<string, string> = {
    'labels.json': 'before the first result',
    'short/meta.json': 'before the first result',
    'body/meta.json': 'before the first result',
    'short/words.json': 'when a word needs typo tolerance or did-you-mean',
    'body/words.json': 'when a word needs typo tolerance or did-you-mean',
    'facets/chunk-<k>.json': 'once typing pauses after an answer (before it with a filter set)',
    'phrase/meta.json': 'before the first result',
    'record/chunk-<k>.json': 'in the background after the first result (up to 12,000 incidents)',
    'short/group-<g>.json': "instead of its shards, when a word start's run needs most of them",
    'body/group-<g>.json': "instead of its shards, when a word start's run needs most of them",
  };
  for (const [kind, paths] of groups) {
    const raw = paths.reduce((n, p) => n + Buffer.byteLength(files.get(p)!), 0);
    const zipped = paths.map((p) => gz.get(p)!);
    const when =
      WHEN[kind] ??
      (kind.startsWith('record/')
        ? 'per result shown, and per phrase candidate'
        : kind.startsWith('text/')
          ? 'per result shown, for body snippets'
          : "the shards a query's words reach");
    console.log(
      paths.length === 1
        ? `| ${kind} | ${kb(raw)} | ${kb(zipped[0]!)} | ${when} |`
        : `| ${kind} × ${paths.length} | ${kb(raw)} (${kb(raw / paths.length)} each) | ${kb(zipped.reduce((a, b) => a + b, 0))} (${kb(Math.max(...zipped))} the largest) | ${when} |`,
    );
  }
  // What the worker fetches before each judged query's first answer, from a cold start (its files gzipped).
  const perQuery: number[] = [];
  const byKind = new Map<string, number[]>();
  for (const j of readJudgments()) {
    const fetched: string[] = [];
    let before: string[] = [];
    const handle = searchService(
      async (p) => {
        fetched.push(p);
        return files.get(p) ?? Promise.reject(new Error(`${p} is missing`));
      },
      (r) => {
        if (r.type === 'result') before = [...fetched];
      },
    );
    await handle({ type: 'search', seq: 1, state: { q: j.q, filters: noFilters() }, limit: SHOWN });
    perQuery.push(before.reduce((n, p) => n + gz.get(p)!, 0));
    const kinds = new Map<string, number>();
    for (const p of before) {
      const kind = /^(short|body|phrase)\/\d/.test(p)
        ? `${p.split('/')[0]} shards`
        : p.startsWith('record/')
          ? 'records'
          : p;
      kinds.set(kind, (kinds.get(kind) ?? 0) + gz.get(p)!);
    }
    for (const k of new Set([...byKind.keys(), ...kinds.keys()]))
      byKind.set(k, [...(byKind.get(k) ?? Array<number>(perQuery.length - 1).fill(0)), kinds.get(k) ?? 0]);
  }
  console.log(
    `\nIndex files a judged query loads before its first answer, from a cold start (gzipped; the worker's own code not included): median ${kb(pct(perQuery, 50))}, largest ${kb(Math.max(...perQuery))}; by kind, median (largest): ${[...byKind].map(([k, xs]) => `${k} ${kb(pct(xs, 50))} (${kb(Math.max(...xs))})`).join(', ')}.`,
  );

  t0 = performance.now();
  const coreOnly = createEngine(JSON.parse(coreJson));
  const createMs = performance.now() - t0;
  t0 = performance.now();
  const full = withBody(coreOnly, bodyJson);
  const loadBodyMs = performance.now() - t0;
  console.log(
    `\nOne-off costs: short-field index built from the records ${ms(createMs)}; whole body index loaded from its JSON ${ms(loadBodyMs)} (built at build time in ${ms(buildBodyMs)}).\n`,
  );

  everyKeystroke(full);

  console.log('| query | core only p50 / p95 | with body p50 / p95 | results | target rank |');
  console.log('| --- | --- | --- | --- | --- |');
  const p95s: number[] = [];
  for (const [label, q, target] of QUERIES) {
    const times = (engine: Engine) => {
      for (let i = 0; i < 3; i++) keystroke(engine, q);
      const xs: number[] = [];
      for (let i = 0; i < reps; i++) {
        const s = performance.now();
        keystroke(engine, q);
        xs.push(performance.now() - s);
      }
      return xs;
    };
    const a = times(coreOnly);
    const b = times(full);
    p95s.push(pct(b, 95));
    const out = keystroke(full, q);
    const rank = target
      ? real.records.some((r) => r.id === target)
        ? String(out.hits.findIndex((h) => h.id === target) + 1 || 'not found')
        : 'not in corpus'
      : '';
    console.log(
      `| ${label} | ${ms(pct(a, 50))} / ${ms(pct(a, 95))} | ${ms(pct(b, 50))} / ${ms(pct(b, 95))} | ${out.hits.length} | ${rank} |`,
    );
  }
  console.log(`\nWorst per-query p95 with body text: ${ms(Math.max(...p95s))}.`);
}

/** The judged set over the real corpus: one row per query, then the means. */
function relevance() {
  const corpus = getCorpus();
  const engine = withBody(createEngine(buildCoreFile(searchSource(corpus))), bodyJson(corpus));
  const { scores, summary } = evaluate(engine, readJudgments());
  const f = (n: number) => n.toFixed(3);
  console.log(
    `\n## Relevance: ${summary.queries} judged queries over the real corpus (${corpus.incidents.length} incidents)\n`,
  );
  console.log('| query | kind | P@3 | R@10 | nDCG@10 | hits |');
  console.log('| --- | --- | --- | --- | --- | --- |');
  for (const s of scores)
    console.log(`| ${s.query.q} | ${s.query.kind} | ${f(s.p3)} | ${f(s.r10)} | ${f(s.ndcg10)} | ${s.count} |`);
  console.log(
    `\n**precision@3 ${f(summary.p3)} · recall@10 ${f(summary.r10)} · nDCG@10 ${f(summary.ndcg10)} · mean hit count ${summary.meanHits.toFixed(2)}** (recorded floor: nDCG@10 ${recorded.ndcg10})`,
  );
}

if (process.argv.includes('--vs-pagefind')) {
  await import('./pagefind');
  process.exit(0);
}
relevance();
const reps = Number(process.env.BENCH_REPS ?? 40);
console.log(`# Search bench (Node ${process.version}, ${reps} timed runs per query after 3 warm-up runs)`);
for (const size of (process.env.BENCH_SIZES ?? '1000').split(',').map(Number)) await bench(size, reps);
