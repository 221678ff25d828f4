/**
 * `npm test`: every check the project has — type check, lint, content check, unit and integrity
 * tests, the static build, and the browser journeys — then one closing line "N passed, N failed"
 * totalled over every suite. Exits non-zero when anything failed or when no test ran.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ensureChromium } from './ensure-chromium';
import { countPlaywright, countVitest, type Counts } from './test-counts';

const RESULTS = '.ci-results';
fs.rmSync(RESULTS, { recursive: true, force: true });
fs.mkdirSync(RESULTS, { recursive: true });
const bin = (name: string) => path.resolve('node_modules/.bin', name);
const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };

const steps: { name: string; counts: Counts }[] = [];
function run(name: string, cmd: string, args: string[], countsFrom?: () => Counts | null): boolean {
  console.log(`\n▶ ${name}`);
  const status = spawnSync(cmd, args, { stdio: 'inherit', env }).status;
  const counted = countsFrom?.() ?? null;
  // A step without per-test counts (type check, lint, build) counts as one check.
  const counts = counted ?? { passed: status === 0 ? 1 : 0, failed: status === 0 ? 0 : 1 };
  if (status !== 0 && counts.failed === 0) counts.failed = 1;
  steps.push({ name, counts });
  return status === 0;
}

run('type check', bin('tsc'), ['--noEmit', '-p', '.']);
run('lint', bin('eslint'), ['--max-warnings=0', '.']);
run('format check (Prettier)', bin('prettier'), ['--check', '.']);
run('CSS lint (stylelint)', bin('stylelint'), ['app/**/*.css']);
run('content check', process.execPath, [bin('tsx'), 'scripts/check.ts']);
run(
  'unit and integrity tests',
  bin('vitest'),
  ['run', '--reporter=default', '--reporter=json', `--outputFile=${RESULTS}/vitest.json`],
  () => countVitest(`${RESULTS}/vitest.json`),
);
// Built for the address the browser tests serve it on (as `npm start` does), so canonical URLs,
// the sitemap and the feeds exist and point at the server under test.
env.SITE_URL ??= `http://127.0.0.1:${env.E2E_PORT ?? 4173}`;
const built = run('static build', process.execPath, [bin('tsx'), 'scripts/build.ts']);
const chromium = ensureChromium();
if (built)
  run('HTML validation (html-validate, every page of out/)', process.execPath, [
    bin('tsx'),
    'scripts/validate-html.ts',
  ]);
if (built && chromium) {
  env.CHROMIUM_PATH = chromium;
  run('browser tests (Playwright, Chromium)', bin('playwright'), ['test'], () =>
    countPlaywright(`${RESULTS}/playwright.json`),
  );
} else {
  steps.push({ name: 'browser tests (Playwright, Chromium)', counts: { passed: 0, failed: 1 } });
  console.error(built ? 'Browser tests could not run: no Chromium.' : 'Browser tests skipped: the build failed.');
}

console.log('\nSummary');
for (const s of steps)
  console.log(`  ${s.counts.failed ? '✗' : '✓'} ${s.name}: ${s.counts.passed} passed, ${s.counts.failed} failed`);
const passed = steps.reduce((n, s) => n + s.counts.passed, 0);
const failed = steps.reduce((n, s) => n + s.counts.failed, 0);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
