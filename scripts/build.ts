/**
 * `npm run build`: validates all content first and builds the static site only when it is clean.
 * The output directory is removed up front, so a failed check publishes nothing.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
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

// Validated and rendered once, in a process of its own (so its memory is freed before Next starts);
// the build workers read this snapshot instead of re-parsing.
const snapshot = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'faultline-build-')), 'content.json');
const checked = spawnSync(
  process.execPath,
  [path.resolve('node_modules/tsx/dist/cli.mjs'), 'scripts/content-snapshot.ts', snapshot],
  {
    stdio: 'inherit',
  },
);
if (checked.status !== 0) {
  fs.rmSync(path.dirname(snapshot), { recursive: true, force: true });
  process.exit(checked.status ?? 1);
}
const env = { ...process.env, OUT_DIR: buildDir, NEXT_TELEMETRY_DISABLED: '1', [SNAPSHOT_ENV]: snapshot };
// The files that are not pages (data, feeds, search index, quiz) are written from the same snapshot
// by a process of their own, at the same time as Next builds the pages (it needs nothing Next
// makes), into a folder of their own that is merged in afterwards: Next empties its output folder.
const siteDir = `${buildDir}-files`;
fs.rmSync(siteDir, { recursive: true, force: true });
const children: ChildProcess[] = [];
const run = (args: string[]) =>
  new Promise<number>((resolve) => {
    const child = spawn(process.execPath, args, { stdio: 'inherit', env });
    children.push(child);
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
const failed = (code: number) => {
  // One step failing ends the other: nothing is published from half a build.
  if (code !== 0) for (const c of children) if (c.exitCode === null) c.kill();
  return code;
};
const [nextStatus, filesStatus] = await Promise.all([
  run([path.resolve('node_modules/next/dist/bin/next'), 'build']).then(failed),
  run([path.resolve('node_modules/tsx/dist/cli.mjs'), 'scripts/write-site-files.ts', siteDir]).then(failed),
]);
fs.rmSync(path.dirname(snapshot), { recursive: true, force: true });
let status = nextStatus || filesStatus;
if (status === 0)
  try {
    mergeDir(siteDir, buildDir);
  } catch (e) {
    console.error((e as Error).message);
    status = 1;
  }
if (status !== 0) {
  for (const dir of [siteDir, buildDir, outDir]) fs.rmSync(dir, { recursive: true, force: true });
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
