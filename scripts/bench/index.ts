/**
 * `npm run bench`: prints figures, asserts nothing. For each corpus size in BENCH_SIZES (default
 * 1000, e.g. BENCH_SIZES=1000,10000) it times loading, validating and linking seeded synthetic
 * incidents (without and with Markdown rendering), a full static build of them (time, phases, peak
 * memory, out/ size) and the framework floor (a bare Next static export of as many plain-text
 * pages) in the same run; then the search benchmark at the same sizes and the size of out/.
 * `npm run bench -- --no-build` skips both builds (the slow part); `-- --build-only` runs only the
 * builds (for a size whose content and search figures were taken in another run, e.g. 10,000);
 * `-- --keep-out` keeps the synthetic site (out-bench-N/) for inspection.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Content } from '../../lib/content';
import { loadContentParallel } from '../../lib/content/load-parallel';
import { WORKER_THRESHOLD } from '../../lib/content/phase-one-pool';
import { groupIncidents, incidentsByFault } from '../../lib/corpus/tallies';
import { indexTaxonomy } from '../../lib/corpus/taxonomy-index';
import { BUDGETS, builtPages, directorySize, htmlBudgetFor, jsBudgetFor, weighPage } from '../../lib/perf/page-weight';
import { buildPhases, otherTime, type BuildPhases } from './build-phases';
import { buildFloor, type FloorResult } from './floor';
import { measureOut } from './out-size';
import { runTracked } from './process-tree';
import { writeSyntheticCorpus } from './synthetic';

const SIZES = (process.env.BENCH_SIZES ?? '1000').split(',').map(Number);
if (SIZES.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`BENCH_SIZES must list positive integers`);
/** Targets from the scaling issue, at 1,000 incidents on 2 cores. */
const TARGET = { buildMs: 45_000, floorRatio: 2, bytesPerIncident: 100_000, peakBytes: 8e9 };
const skipBuild = process.argv.includes('--no-build');
const keepOut = process.argv.includes('--keep-out');
const buildOnly = process.argv.includes('--build-only');
if (skipBuild && buildOnly) throw new Error('--no-build and --build-only exclude each other');
const ms = (n: number) => `${Math.round(n).toLocaleString('en')} ms`;
const kb = (n: number) => `${(n / 1000).toFixed(1)} KB`;
const mb = (n: number) => `${(n / 1e6).toFixed(1)} MB`;
const gb = (n: number) => `${(n / 1e9).toFixed(2)} GB`;
const loadavg = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');
const n = (x: number) => x.toLocaleString('en');
const cpu = (x: number | undefined) => (x === undefined ? 'n/a (no /usr/bin/time)' : ms(x));
const met = (ok: boolean, by: string) => (ok ? 'met' : `missed by ${by}`);
const line = (label: string, value: string, target?: string) =>
  console.log(`  ${label.padEnd(52)} ${value.padStart(12)}${target ? `   ${target}` : ''}`);
const verdict = (value: number, target: number) =>
  `target ≤ ${ms(target)}: ${value <= target ? 'met' : `missed by ${ms(value - target)} (${Math.round(((value - target) / target) * 100)}%)`}`;

/**
 * Median and fastest wall time of RUNS runs of fn, and the median CPU time (user + system) — on a
 * shared machine the CPU time is the steadier figure.
 */
async function time(fn: () => Promise<void>, runs: number): Promise<{ median: number; min: number; cpu: number }> {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    // The process's CPU time: the calling thread's and every worker thread's.
    const c = process.cpuUsage();
    await fn();
    const used = process.cpuUsage(c);
    wall.push(performance.now() - start);
    cpu.push((used.user + used.system) / 1000);
  }
  wall.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  return { median: wall[Math.floor(runs / 2)]!, min: wall[0]!, cpu: cpu[Math.floor(runs / 2)]! };
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
console.log(`  load average at start: ${loadavg()}`);

for (const count of SIZES) await benchSize(count);

const searchBench = path.resolve('scripts/bench/search.ts');
if (buildOnly) console.log('\nSearch: skipped (--build-only; run npm run bench:search)');
else if (fs.existsSync(searchBench)) {
  console.log(`\nSearch (scripts/bench/search.ts, BENCH_SIZES=${SIZES.join(',')})`);
  spawnSync(process.execPath, [path.resolve('node_modules/tsx/dist/cli.mjs'), searchBench], { stdio: 'inherit' });
} else console.log('\nSearch: scripts/bench/search.ts is not in this branch yet');

if (fs.existsSync(path.resolve('out/index.html'))) reportOut('out', 'out/ (the real site, from the last build)');
else console.log('\nout/: not built (run npm run build first)');

/** Every figure for one corpus size: content pipeline, full build, framework floor, out/ size. */
async function benchSize(count: number): Promise<void> {
  const runs = count > 2_000 ? 1 : 3;
  const genStart = performance.now();
  const dir = writeSyntheticCorpus(count, { seed: 1, words: 1_500 });
  console.log(
    `\n=== ${n(count)} synthetic incidents of ~1,500 words (seed 1), generated in ${ms(performance.now() - genStart)}`,
  );
  try {
    if (buildOnly) {
      console.log('Content pipeline: skipped (--build-only)');
      await benchBuild(count, dir);
      return;
    }
    console.log(`Content pipeline (${runs} run${runs > 1 ? 's each; median, fastest' : ' each'})`);
    // Cold: every file parsed. Warm: the content-hash cache npm run check and the build use
    // (lib/content/parse-cache.ts), filled by one untimed run, so every file is unchanged.
    const cacheFile = path.join(dir, '..', `${path.basename(dir)}-parse-cache.json`);
    // As npm run check and the build load: phase 1 on worker threads when enough files are not cached.
    const load =
      (render: boolean, cache: boolean, workers: boolean | 'auto' = 'auto') =>
      async () => {
        const { content, problems } = await loadContentParallel(dir, {
          render,
          cache: cache ? cacheFile : false,
          workers,
        });
        if (!content) throw new Error(`synthetic corpus has ${problems.length} problems`);
        link(content);
      };
    // The targets are for 1,000 incidents; other sizes scale them linearly.
    const report = (label: string, t: Awaited<ReturnType<typeof time>>, targetAt1k: number) =>
      line(
        label,
        `${ms(t.median)}`,
        `fastest ${ms(t.min)}, CPU ${ms(t.cpu)}; ${verdict(t.median, (targetAt1k * count) / 1_000)}`,
      );
    const pending =
      count >= WORKER_THRESHOLD ? `on worker threads (≥ ${WORKER_THRESHOLD} files to parse)` : 'in-process';
    console.log(`  cold runs parse ${pending}, as npm run check and the build do; then the same without workers`);
    report('check: load + validate + link, cold', await time(load(false, false), runs), 8_000);
    report('check + render Markdown, cold', await time(load(true, false), runs), 10_000);
    report('check, cold, without workers', await time(load(false, false, false), runs), 8_000);
    report('check + render, cold, without workers', await time(load(true, false, false), runs), 10_000);
    await load(false, true)();
    report('check, warm cache (no file changed)', await time(load(false, true), runs), 8_000);
    report('check + render Markdown, warm cache', await time(load(true, true), runs), 10_000);
    fs.rmSync(cacheFile, { force: true });
    // Other work on the machine moves wall times (and a pool's gain) more than anything here.
    console.log(
      `  load average after these runs: ${os
        .loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}`,
    );
    if (skipBuild) console.log('\nFull build and framework floor: skipped (--no-build)');
    else await benchBuild(count, dir);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The full build of the synthetic corpus, then the framework floor of as many pages. */
async function benchBuild(count: number, dir: string): Promise<void> {
  console.log(`\nFull static build of ${n(count)} incidents (scripts/build.ts), then the framework floor`);
  console.log(`  load average before the build: ${loadavg()}`);
  const outDir = `out-bench-${count}`;
  const build = await runTracked(
    process.execPath,
    [path.resolve('node_modules/tsx/dist/cli.mjs'), 'scripts/build.ts'],
    {
      ...process.env,
      FAULTLINE_CONTENT_DIR: dir,
      OUT_DIR: outDir,
      NEXT_TELEMETRY_DISABLED: '1',
    },
  );
  if (build.status !== 0) {
    console.log(`  build FAILED (exit ${build.status}):\n${build.output.slice(-3000)}`);
    return;
  }
  const size = measureOut(outDir);
  const weighed = builtPages(outDir).length;
  reportOut(outDir, `${outDir}/ (synthetic)`);
  if (!keepOut) fs.rmSync(outDir, { recursive: true, force: true });

  // Printed before the floor is built, so a long run that is stopped during the floor keeps them.
  const perIncident = size.bytes / count;
  const at1k = count === 1_000 ? '' : ' (the targets are for 1,000)';
  console.log(`\nBuild, ${n(count)} incidents${at1k}`);
  line(
    `full build of ${n(count)} incidents`,
    ms(build.ms),
    `target ≤ ${ms(TARGET.buildMs)}: ${met(build.ms <= TARGET.buildMs, ms(build.ms - TARGET.buildMs))}`,
  );
  printPhases(buildPhases(build.output), build.ms);
  line('  CPU time of the build (all its processes)', cpu(build.cpuMs));
  line(
    'peak memory of the build (all its processes)',
    build.peakBytes === undefined ? 'n/a' : gb(build.peakBytes),
    build.peakBytes === undefined
      ? 'not measured (no /proc)'
      : `target ≤ ${gb(TARGET.peakBytes)}: ${met(build.peakBytes <= TARGET.peakBytes, gb(build.peakBytes - TARGET.peakBytes))}`,
  );
  line(`${outDir}/ raw`, mb(size.bytes), `gzip ${mb(size.gzipBytes)}, ${n(size.files)} files, ${n(weighed)} pages`);
  line(
    'out/ per incident (raw)',
    kb(perIncident),
    `gzip ${kb(size.gzipBytes / count)}, ${(size.files / count).toFixed(2)} files; target ≤ ${kb(TARGET.bytesPerIncident)}: ${met(perIncident <= TARGET.bytesPerIncident, kb(perIncident - TARGET.bytesPerIncident))}`,
  );
  console.log(
    `    per incident by top folder: ${size.byTop
      .slice(0, 8)
      .map(([top, bytes]) => `${top} ${kb(bytes / count)}`)
      .join(', ')}`,
  );
  line(`largest page: ${size.largestPage.file}`.slice(0, 52), kb(size.largestPage.bytes));
  line(`largest file: ${size.largest.file}`.slice(0, 52), kb(size.largest.bytes));

  console.log(`  load average before the floor: ${loadavg()}`);
  const floor = await buildFloor(count);
  console.log(`  framework floor (bare static export of ${n(count)} pages): ${ms(floor.ms)}`);
  printFloor(build, floor);
  // The build makes more pages than it has incidents (fault, goal, organisation, list and learning
  // pages), so a floor of as many pages as the build made is printed too: it separates what each
  // page costs from how many pages there are. Its home page makes up the count.
  console.log(`  load average before the second floor: ${loadavg()}`);
  const pagesFloor = await buildFloor(weighed - 1);
  console.log(
    `  framework floor at the build's page count (bare static export of ${n(weighed)} pages): ${ms(pagesFloor.ms)}`,
  );
  printFloor(build, pagesFloor);
}

/** A floor's phases, CPU time, peak memory and size, and the build's wall and CPU ratios to it. */
function printFloor(build: { ms: number; cpuMs: number | undefined }, floor: FloorResult): void {
  const ratio = build.ms / floor.ms;
  printPhases(buildPhases(floor.output), floor.ms);
  line('  CPU time of the floor (all its processes)', cpu(floor.cpuMs));
  line(
    'ratio full build / floor',
    `${ratio.toFixed(2)}×`,
    `target ≤ ${TARGET.floorRatio}×: ${met(ratio <= TARGET.floorRatio, `${(ratio - TARGET.floorRatio).toFixed(2)}×`)}`,
  );
  // On a shared machine the wall ratio moves with other load; the CPU ratio much less.
  if (build.cpuMs !== undefined && floor.cpuMs !== undefined) {
    const cpuRatio = build.cpuMs / floor.cpuMs;
    line(
      'ratio full build / floor, CPU time',
      `${cpuRatio.toFixed(2)}×`,
      `target ≤ ${TARGET.floorRatio}×: ${met(cpuRatio <= TARGET.floorRatio, `${(cpuRatio - TARGET.floorRatio).toFixed(2)}×`)}`,
    );
  }
  line(
    'floor: peak memory, out/',
    gb(floor.peakBytes ?? 0),
    `${mb(floor.bytes)} in ${n(floor.files)} files (its RSC payloads kept)`,
  );
}

/** One line per build phase with its share of the wall time; the rest is start-up and finishing. */
function printPhases(phases: BuildPhases, total: number): void {
  const parts = Object.entries(phases).map(([k, v]) => `${k} ${ms(v)}`);
  const side = phases.content !== undefined && phases.compile !== undefined ? ' (content beside compile)' : '';
  console.log(`    phases: ${[...parts, `other ${ms(otherTime(phases, total))}`].join(', ')}${side}`);
}

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
