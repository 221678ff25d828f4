/**
 * `npm run bench`: prints figures, asserts nothing. Times loading, validating and linking 1,000
 * seeded synthetic incidents (without and with Markdown rendering), a full static build of them,
 * the search benchmark when scripts/bench/search.ts exists, and the size of out/.
 * `npm run bench -- --no-build` skips the full build (the slow part).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadContent, type Content } from '../../lib/content';
import { groupIncidents, incidentsByFault } from '../../lib/corpus/tallies';
import { indexTaxonomy } from '../../lib/corpus/taxonomy-index';
import { BUDGETS, builtPages, directorySize, htmlBudgetFor, jsBudgetFor, weighPage } from '../../lib/perf/page-weight';
import { writeSyntheticCorpus } from './synthetic';

const COUNT = 1_000;
const RUNS = 3;
const skipBuild = process.argv.includes('--no-build');
const ms = (n: number) => `${Math.round(n).toLocaleString('en')} ms`;
const kb = (n: number) => `${(n / 1000).toFixed(1)} KB`;
const mb = (n: number) => `${(n / 1e6).toFixed(1)} MB`;
const line = (label: string, value: string, target?: string) =>
  console.log(`  ${label.padEnd(52)} ${value.padStart(12)}${target ? `   ${target}` : ''}`);
const verdict = (value: number, target: number) =>
  `target ≤ ${ms(target)}: ${value <= target ? 'met' : `missed by ${ms(value - target)} (${Math.round(((value - target) / target) * 100)}%)`}`;

/**
 * Median and fastest wall time of RUNS runs of fn, and the median CPU time (user + system) — on a
 * shared machine the CPU time is the steadier figure.
 */
function time(fn: () => void): { median: number; min: number; cpu: number } {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const start = performance.now();
    const c = process.cpuUsage();
    fn();
    const used = process.cpuUsage(c);
    wall.push(performance.now() - start);
    cpu.push((used.user + used.system) / 1000);
  }
  wall.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  return { median: wall[Math.floor(RUNS / 2)]!, min: wall[0]!, cpu: cpu[Math.floor(RUNS / 2)]! };
}

/** The derived indexes pages use (back-links by fault, goal, challenge, organisation and term). */
function link(content: Content): number {
  const tax = indexTaxonomy(content.taxonomy);
  const byFault = incidentsByFault(content.incidents, tax);
  const groups = [
    (i: Content['incidents'][number]) => i.goals.map((g) => g.id),
    (i: Content['incidents'][number]) => i.orgs.map((o) => o.id),
    (i: Content['incidents'][number]) => i.terms,
  ].map((keys) => groupIncidents(content.incidents, keys));
  return byFault.size + groups.length;
}

const cpus = os.cpus();
console.log('Faultline benchmarks');
console.log(
  `  machine: ${cpus[0]?.model ?? 'unknown CPU'}, ${cpus.length} cores, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM, ${os.platform()} ${os.release()}, Node ${process.version}`,
);
console.log(
  `  load average at start: ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);

const genStart = performance.now();
const dir = writeSyntheticCorpus(COUNT, { seed: 1, words: 1_500 });
console.log(
  `  corpus: ${COUNT.toLocaleString('en')} synthetic incidents of ~1,500 words (seed 1), generated in ${ms(performance.now() - genStart)}\n`,
);

try {
  console.log(`Content pipeline (${RUNS} runs each; median, fastest)`);
  // Cold: every file parsed. Warm: the content-hash cache npm run check and the build use
  // (lib/content/parse-cache.ts), filled by one untimed run, so every file is unchanged.
  const cacheFile = path.join(dir, '..', `${path.basename(dir)}-parse-cache.json`);
  const load = (render: boolean, cache: boolean) => () => {
    const { content, problems } = loadContent(dir, { render, cache: cache ? cacheFile : false });
    if (!content) throw new Error(`synthetic corpus has ${problems.length} problems`);
    link(content);
  };
  const report = (label: string, t: ReturnType<typeof time>, target: number) =>
    line(label, `${ms(t.median)}`, `fastest ${ms(t.min)}, CPU ${ms(t.cpu)}; ${verdict(t.median, target)}`);
  report('check: load + validate + link, cold', time(load(false, false)), 8_000);
  report('check + render Markdown, cold', time(load(true, false)), 10_000);
  load(false, true)();
  report('check, warm cache (no file changed)', time(load(false, true)), 8_000);
  report('check + render Markdown, warm cache', time(load(true, true)), 10_000);
  fs.rmSync(cacheFile, { force: true });

  if (skipBuild) console.log('\nFull build: skipped (--no-build)');
  else {
    console.log('\nFull static build of the synthetic corpus (next build via scripts/build.ts, one run)');
    const outDir = 'out-bench';
    const start = performance.now();
    const build = spawnSync(process.execPath, [path.resolve('node_modules/tsx/dist/cli.mjs'), 'scripts/build.ts'], {
      env: { ...process.env, FAULTLINE_CONTENT_DIR: dir, OUT_DIR: outDir, NEXT_TELEMETRY_DISABLED: '1' },
      encoding: 'utf8',
      maxBuffer: 64 * 2 ** 20,
    });
    const took = performance.now() - start;
    if (build.status !== 0) console.log(`  build FAILED (exit ${build.status}):\n${build.stderr.slice(-2000)}`);
    else {
      line(`build of ${COUNT.toLocaleString('en')} incidents`, ms(took), verdict(took, 60_000));
      reportOut(outDir, `${outDir}/ (synthetic)`);
    }
    fs.rmSync(outDir, { recursive: true, force: true });
  }
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}

const searchBench = path.resolve('scripts/bench/search.ts');
if (fs.existsSync(searchBench)) {
  console.log('\nSearch (scripts/bench/search.ts)');
  spawnSync(process.execPath, [path.resolve('node_modules/tsx/dist/cli.mjs'), searchBench], { stdio: 'inherit' });
} else console.log('\nSearch: scripts/bench/search.ts is not in this branch yet');

if (fs.existsSync(path.resolve('out/index.html'))) reportOut('out', 'out/ (the real site, from the last build)');
else console.log('\nout/: not built (run npm run build first)');

/** Size of a built site and its heaviest pages against the budgets. */
function reportOut(outDir: string, label: string): void {
  const { bytes, files } = directorySize(outDir);
  const weights = builtPages(outDir).map((p) => weighPage(outDir, p));
  const heaviestJs = weights.reduce((a, b) => (b.jsGzipBytes > a.jsGzipBytes ? b : a));
  const heaviestHtml = weights.reduce((a, b) => (b.htmlBytes > a.htmlBytes ? b : a));
  const overHtml = weights.filter((w) => w.htmlBytes > BUDGETS.html).length;
  const overCeiling = weights.filter((w) => w.htmlBytes > htmlBudgetFor(w.url)).length;
  console.log(`\n${label}`);
  line('size on disk', mb(bytes), `${files.toLocaleString('en')} files, ${weights.length.toLocaleString('en')} pages`);
  line(
    `heaviest JavaScript (gzip): ${heaviestJs.url}`.slice(0, 52),
    kb(heaviestJs.jsGzipBytes),
    `budget ${kb(jsBudgetFor(heaviestJs.url))}`,
  );
  line(
    `heaviest HTML: ${heaviestHtml.url}`.slice(0, 52),
    kb(heaviestHtml.htmlBytes),
    `budget ${kb(BUDGETS.html)}; ${overHtml} page(s) over it, ${overCeiling} over their listed exception (lib/perf/page-weight.ts)`,
  );
}
