import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { makeContentDir } from '../lib/content/test-content-dir';

/**
 * Builds a second site from a content directory holding a hostile incident (every attack in
 * lib/markdown/__fixtures__/hostile-incident.md), serves it on its own port, and checks that no
 * attack runs or reaches the DOM while the text is still shown.
 */
const PORT = 4178;
const ORIGIN = `http://127.0.0.1:${PORT}`;
// Next requires its output inside the project, given relative to it (an absolute distDir is joined
// onto the project path); out-*/ is gitignored.
const OUT_DIR = 'out-hostile';
const ID = 'hostile-markdown-2017';
const TITLE = "Hostile </title><script>window.pwned='title'</script> incident";

test.describe.configure({ mode: 'serial' });
let contentDir = '';
let server: ChildProcess | undefined;

test.beforeAll(async () => {
  test.setTimeout(300_000);
  contentDir = makeContentDir({
    [`${ID}.md`]: fs.readFileSync(path.resolve('lib/markdown/__fixtures__/hostile-incident.md'), 'utf8'),
  });
  const build = spawnSync(process.execPath, [path.resolve('node_modules/tsx/dist/cli.mjs'), 'scripts/build.ts'], {
    // A one-incident directory leaves most fault types unused by construction: whole-corpus rules off.
    env: {
      ...process.env,
      FAULTLINE_CONTENT_DIR: contentDir,
      FAULTLINE_PARTIAL_CORPUS: '1',
      OUT_DIR,
      NEXT_TELEMETRY_DISABLED: '1',
    },
    encoding: 'utf8',
  });
  expect(build.status, `hostile build failed:\n${build.stdout}\n${build.stderr}`).toBe(0);
  server = spawn(
    process.execPath,
    [
      path.resolve('node_modules/serve/build/main.js'),
      path.resolve(OUT_DIR),
      '--listen',
      `tcp://127.0.0.1:${PORT}`,
      '--config',
      path.resolve('serve.json'),
      '--no-clipboard',
      '--no-port-switching',
    ],
    { stdio: 'ignore' },
  );
  for (let i = 0; i < 100; i += 1) {
    if (
      await fetch(`${ORIGIN}/`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`the hostile site did not start on port ${PORT}`);
});

test.afterAll(() => {
  if (server?.pid) process.kill(server.pid);
  fs.rmSync(contentDir, { recursive: true, force: true });
  fs.rmSync(OUT_DIR, { recursive: true, force: true });
});

/** Opens a page, recording dialogs, page errors and CSP violations; returns what it saw. */
async function visit(page: Page, url: string) {
  const seen = { dialogs: [] as string[], errors: [] as string[] };
  page.on('dialog', (d) => {
    seen.dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('pageerror', (e) => seen.errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') seen.errors.push(m.text());
  });
  const res = await page.goto(`${ORIGIN}${url}`, { waitUntil: 'networkidle' });
  expect(res?.status()).toBe(200);
  // Give handlers (onload, onerror, onmouseover) a chance to fire.
  await page.mouse.move(200, 300);
  await page.mouse.move(400, 600);
  return seen;
}

/** Everything in the live DOM that could run script or load a foreign document. */
async function domOffences(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    for (const el of Array.from(document.querySelectorAll('*'))) {
      for (const attr of Array.from(el.attributes)) {
        if (/^on/i.test(attr.name)) out.push(`${el.tagName}[${attr.name}]`);
        if (
          ['href', 'src', 'action', 'data', 'formaction'].includes(attr.name) &&
          /^\s*(javascript|data|vbscript):/i.test(attr.value)
        )
          out.push(`${el.tagName}[${attr.name}=${attr.value}]`);
      }
    }
    // Anywhere in the page: elements no page of ours renders. In the rendered body: anything beyond Markdown.
    for (const el of Array.from(
      document.querySelectorAll(
        'iframe, object, embed, svg script, body base, body meta[http-equiv], .body form, .body style, .body img, .body svg',
      ),
    ))
      out.push(`<${el.tagName.toLowerCase()}> in the page`);
    for (const s of Array.from(document.scripts))
      if (/pwned/.test(s.textContent ?? '') && !/self\.__next_f/.test(s.textContent ?? ''))
        out.push(`script: ${s.textContent?.slice(0, 60)}`);
    return out;
  });
}

test('the hostile incident page shows its text, and no attack runs or reaches the DOM', async ({ page }) => {
  const seen = await visit(page, `/incidents/${ID}/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);
  expect(await page.title()).toContain(TITLE);
  await expect(page.getByText('The hostile paragraph survives as text.')).toBeVisible();
  await expect(page.getByText('Safeguards, and a final line that must still be shown.')).toBeVisible();
  await expect(page.getByText("<script>window.pwned='code'</script>", { exact: true })).toBeVisible();
  expect(await domOffences(page)).toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { pwned?: unknown }).pwned)).toBeUndefined();
  expect(seen.dialogs).toEqual([]);
  expect(seen.errors).toEqual([]);
});

test('external links in the hostile body carry rel="noopener noreferrer"', async ({ page }) => {
  await visit(page, `/incidents/${ID}/`);
  const rels = await page
    .locator('main a[href^="http"]')
    .evaluateAll((as) => as.map((a) => `${(a as HTMLAnchorElement).href} ${a.getAttribute('rel') ?? ''}`));
  expect(rels.length).toBeGreaterThan(0);
  expect(rels.filter((r) => !/\snoopener noreferrer$/.test(r))).toEqual([]);
});

test('every page carries the Content-Security-Policy meta tag', async ({ page }) => {
  await visit(page, `/incidents/${ID}/`);
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("object-src 'none'");
  expect(csp).toContain("base-uri 'self'");
  expect(csp).not.toContain('unsafe-eval');
});

for (const url of ['/incidents/', '/faults/config-change/', '/orgs/aws/', '/goals/availability/']) {
  test(`the hostile title and summary are inert on ${url}`, async ({ page }) => {
    const seen = await visit(page, url);
    await expect(page.getByText(TITLE).first()).toBeVisible();
    expect(await domOffences(page)).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { pwned?: unknown }).pwned)).toBeUndefined();
    expect(seen.dialogs).toEqual([]);
    expect(seen.errors).toEqual([]);
  });
}
