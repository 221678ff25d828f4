/**
 * `npm run build`: validates all content first and builds the static site only when it is clean.
 * The output directory is removed up front, so a failed check publishes nothing.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SNAPSHOT_ENV } from '../lib/content/snapshot';
import { buildDirFor, moveDir, resolveOutDir } from './out-dir';
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
let result = spawnSync(process.execPath, [path.resolve('node_modules/next/dist/bin/next'), 'build'], {
  stdio: 'inherit',
  env,
});
// The files that are not pages (data, feeds, search index, quiz) are written by a process of their
// own from the same snapshot: as Next routes, each paid Next's per-route cost.
if (result.status === 0)
  result = spawnSync(
    process.execPath,
    [path.resolve('node_modules/tsx/dist/cli.mjs'), 'scripts/write-site-files.ts', buildDir],
    { stdio: 'inherit', env },
  );
fs.rmSync(path.dirname(snapshot), { recursive: true, force: true });
if (result.status !== 0) {
  fs.rmSync(buildDir, { recursive: true, force: true });
  fs.rmSync(outDir, { recursive: true, force: true });
  process.exit(result.status ?? 1);
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
