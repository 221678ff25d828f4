/**
 * `npm run build`: validates all content first and builds the static site only when it is clean.
 * The output directory is removed up front, so a failed check publishes nothing.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { formatReport, loadContent } from '../lib/content';
import { SNAPSHOT_ENV, writeSnapshot } from '../lib/content/snapshot';
import { buildDirFor, moveDir, resolveOutDir } from './out-dir';
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

const { content, problems, filesChecked } = loadContent();
if (problems.length) {
  console.error(formatReport(problems, filesChecked));
  console.error('\nThe site was not built: fix the problems above and run the build again.');
  process.exit(1);
}
console.log(`Content: ${formatReport(problems, filesChecked)}`);

// Validated and rendered once here; the build workers read this snapshot instead of re-parsing.
const snapshot = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'faultline-build-')), 'content.json');
writeSnapshot(snapshot, content!);
const result = spawnSync(process.execPath, [path.resolve('node_modules/next/dist/bin/next'), 'build'], {
  stdio: 'inherit',
  env: { ...process.env, OUT_DIR: buildDir, NEXT_TELEMETRY_DISABLED: '1', [SNAPSHOT_ENV]: snapshot },
});
fs.rmSync(path.dirname(snapshot), { recursive: true, force: true });
if (result.status !== 0) {
  fs.rmSync(buildDir, { recursive: true, force: true });
  fs.rmSync(outDir, { recursive: true, force: true });
  process.exit(result.status ?? 1);
}
if (buildDir !== outDir) moveDir(buildDir, outDir);

// Sitemap and feeds need absolute URLs; with no origin their routes wrote stand-ins, removed here.
if (!SITE_URL) {
  for (const f of ['sitemap.xml', 'feed.xml', 'feeds'])
    fs.rmSync(path.join(outDir, f), { recursive: true, force: true });
  console.log(`\nNote: ${NO_ORIGIN_NOTE} Set SITE_URL (or "homepage" in package.json) to publish them.`);
}
if (!REPO_URL)
  console.log(
    'Note: no repository configured (REPO_URL or package.json "repository"): edit and report links are left out.',
  );
