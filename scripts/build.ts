/**
 * `npm run build`: validates all content (while Next compiles the app) and publishes the static site
 * only when it is clean. The output directory is removed up front, so a failed check publishes nothing.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SNAPSHOT_ENV } from '../lib/content/snapshot';
import { buildDirFor, mergeDir, moveDir, resolveOutDir } from './out-dir';
import { removeRscPayloads } from './rsc-payloads';
import { NO_ORIGIN_NOTE, REPO_URL, SITE_URL } from '../lib/site';

let outDir: string;
try {
  outDir = resolveOutDir(process.env.OUT_DIR);
} catch (e) {
  console.error((e as Error).message);
  process.exit(1);
}
fs.rmSync(outDir, { recursive: true, force: true });
const buildDir = buildDirFor(outDir);
fs.rmSync(buildDir, { recursive: true, force: true });

// Three steps, as processes of their own, overlapped where the work allows:
// 1. the content is loaded, validated and rendered once and written as a snapshot (its memory is
//    freed when it ends; the build workers read the snapshot instead of re-parsing);
// 2. `next build` starts at the same time: compiling the app needs no content, and its page workers
//    wait for the snapshot (lib/content/snapshot.ts);
// 3. once the snapshot exists, the files that are not pages (data, feeds, search index, quiz) are
//    written from it while Next builds the pages, into a folder of their own merged in afterwards
//    (Next empties its output folder).
// One step failing ends the others, so nothing is published from half a build.
const snapshot = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'faultline-build-')), 'content.json');
const env = { ...process.env, OUT_DIR: buildDir, NEXT_TELEMETRY_DISABLED: '1', [SNAPSHOT_ENV]: snapshot };
// Outside the project: Turbopack is compiling it meanwhile, and 2,000 new files under its root slowed
// the compile and the page generation by several seconds at 1,000 incidents.
const siteDir = path.join(path.dirname(snapshot), 'site-files');
const children: ChildProcess[] = [];
const stopAll = () => {
  // Each step is its own process group (detached), so its workers stop with it.
  for (const c of children)
    if (c.exitCode === null && c.signalCode === null && c.pid !== undefined)
      try {
        process.kill(-c.pid, 'SIGTERM');
      } catch {
        // already gone
      }
};
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.on(signal, () => {
    stopAll();
    process.exit(1);
  });
const run = (args: string[]) =>
  new Promise<number>((resolve) => {
    const child = spawn(process.execPath, args, { stdio: 'inherit', env, detached: true });
    children.push(child);
    child.on('exit', (code, signal) => {
      const status = code ?? (signal ? 1 : 0);
      if (status !== 0) stopAll();
      resolve(status);
    });
  });
const tsx = path.resolve('node_modules/tsx/dist/cli.mjs');
const contentStep = run([tsx, 'scripts/content-snapshot.ts', snapshot]);
const [contentStatus, nextStatus, filesStatus] = await Promise.all([
  contentStep,
  run([path.resolve('node_modules/next/dist/bin/next'), 'build']),
  contentStep.then((code) => (code === 0 ? run([tsx, 'scripts/write-site-files.ts', siteDir]) : code)),
]);
let status = contentStatus || nextStatus || filesStatus;
if (status === 0)
  try {
    mergeDir(siteDir, buildDir);
  } catch (e) {
    console.error((e as Error).message);
    status = 1;
  }
fs.rmSync(path.dirname(snapshot), { recursive: true, force: true });
if (status !== 0) {
  for (const dir of [buildDir, outDir]) fs.rmSync(dir, { recursive: true, force: true });
  process.exit(status);
}
if (buildDir !== outDir) moveDir(buildDir, outDir);

const dropped = removeRscPayloads(outDir);
console.log(
  `\nRemoved ${dropped.files.toLocaleString('en')} RSC payload files (${(dropped.bytes / 1e6).toFixed(1)} MB): links are full page loads.`,
);

// Sitemap and feeds need absolute URLs: with no origin no feed is written, and the sitemap route's
// empty stand-in is removed here.
if (!SITE_URL) {
  fs.rmSync(path.join(outDir, 'sitemap.xml'), { force: true });
  console.log(`\nNote: ${NO_ORIGIN_NOTE} Set SITE_URL (or "homepage" in package.json) to publish them.`);
}
if (!REPO_URL)
  console.log(
    'Note: no repository configured (REPO_URL or package.json "repository"): edit and report links are left out.',
  );
