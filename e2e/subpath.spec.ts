import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type BrowserContext } from '@playwright/test';

/**
 * The site built under a base path (BASE_PATH=/faultline, into out-base/), served by intercepting
 * requests to a made-up origin and answering from the files on disk: no second server or port.
 * Set E2E_SUBPATH_REUSE=1 to skip the build when out-base/ already holds one.
 */
const BASE = '/faultline';
const OUT = path.resolve('out-base');
const ORIGIN = 'http://subpath.localhost';

test.describe.configure({ mode: 'serial' });

test.beforeAll(async ({}, info) => {
  info.setTimeout(300_000);
  if (process.env.E2E_SUBPATH_REUSE && fs.existsSync(path.join(OUT, 'index.html'))) return;
  const run = spawnSync(process.execPath, [path.resolve('node_modules/tsx/dist/cli.mjs'), 'scripts/build.ts'], {
    env: { ...process.env, BASE_PATH: BASE, OUT_DIR: 'out-base', NEXT_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`The base-path build failed:\n${run.stdout}\n${run.stderr}`);
});

/** The file a URL path maps to in out-base/, as a static host with trailing-slash URLs would serve it. */
function fileFor(pathname: string): string | null {
  if (!pathname.startsWith(`${BASE}/`)) return null;
  const rel = decodeURIComponent(pathname.slice(BASE.length));
  const abs = path.join(OUT, rel.endsWith('/') ? `${rel}index.html` : rel);
  if (!abs.startsWith(OUT)) return null;
  return fs.existsSync(abs) && fs.statSync(abs).isFile() ? abs : null;
}

async function serveFromDisk(context: BrowserContext) {
  await context.route(`${ORIGIN}/**`, (route) => {
    const file = fileFor(new URL(route.request().url()).pathname);
    return file ? route.fulfill({ path: file }) : route.fulfill({ status: 404, body: 'Not found' });
  });
}

const PAGES = [
  '/',
  '/incidents/',
  '/incidents/aws-kinesis-cell-2024/',
  '/matrix/',
  '/stats/',
  '/about/data/',
  '/faults/resource-exhaustion/',
];

for (const page of PAGES) {
  test(`under ${BASE}: ${page} loads cleanly and every internal link stays under the base path and exists`, async ({
    context,
  }) => {
    await serveFromDisk(context);
    const tab = await context.newPage();
    const problems: string[] = [];
    tab.on('console', (m) => {
      if (m.type() === 'error') problems.push(m.text());
    });
    tab.on('pageerror', (e) => problems.push(e.message));
    tab.on('response', (r) => {
      if (r.status() >= 400) problems.push(`${r.status()} ${r.url()}`);
    });
    const res = await tab.goto(`${ORIGIN}${BASE}${page}`, { waitUntil: 'networkidle' });
    expect(res?.status()).toBe(200);
    await expect(tab.locator('h1')).toHaveCount(1);
    const hrefs = await tab.locator('a[href]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    const internal = [...new Set(hrefs.filter((h) => h.startsWith(ORIGIN)).map((h) => new URL(h).pathname))];
    expect(internal.filter((p) => !fileFor(p))).toEqual([]);
    expect(problems).toEqual([]);
  });
}

test(`under ${BASE}: wiki-links, navigation and the compare page's data fetch all respect the base path`, async ({
  context,
}) => {
  await serveFromDisk(context);
  const tab = await context.newPage();
  await tab.goto(`${ORIGIN}${BASE}/incidents/aws-kinesis-cell-2024/`);
  const wiki = tab.getByRole('link', { name: 'the Kinesis failure of November 2020' });
  await expect(wiki).toHaveAttribute('href', `${BASE}/incidents/aws-kinesis-us-east-1-2020/`);
  await wiki.click();
  await expect(tab.getByRole('heading', { level: 1 })).toHaveText(/Amazon Kinesis front-end fleet/);
  await tab.getByRole('link', { name: 'Compare this incident with others' }).click();
  await expect(tab).toHaveURL(`${ORIGIN}${BASE}/compare/?a=aws-kinesis-us-east-1-2020`);
  await expect(tab.getByRole('columnheader', { name: /Amazon Kinesis front-end fleet/ })).toBeVisible();
  await tab.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Matrix' }).click();
  await expect(tab).toHaveURL(`${ORIGIN}${BASE}/matrix/`);
  await expect(tab.getByRole('heading', { level: 1 })).toHaveText('Fault × goal matrix');
});
