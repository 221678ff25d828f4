import path from 'node:path';
import { expect, test } from '@playwright/test';
import { builtPages, htmlBudgetFor, jsBudgetFor, weighPage } from '../lib/perf/page-weight';

/**
 * Page-weight budgets, read from the built out/ (deterministic: no browser, no network). Pages are
 * listed from out/, so every page a later feature adds is held to its budget automatically.
 */
const outDir = path.resolve(process.env.OUT_DIR ?? 'out');
const basePath = process.env.BASE_PATH?.replace(/\/+$/, '') ?? '';
const pages = builtPages(outDir);

test('the build wrote pages to weigh', () => {
  expect(pages).toEqual(expect.arrayContaining(['/', '/incidents/']));
});

for (const url of pages) {
  test(`budget ${url}: gzipped <script src> JavaScript and HTML size`, () => {
    const w = weighPage(outDir, url, basePath);
    const jsBudget = jsBudgetFor(url);
    const breakdown = w.scripts.map((s) => `${s.src} ${s.gzipBytes}`).join(', ');
    expect(w.jsGzipBytes, `JavaScript ${w.jsGzipBytes} B gzipped > ${jsBudget} B: ${breakdown}`).toBeLessThanOrEqual(
      jsBudget,
    );
    const htmlBudget = htmlBudgetFor(url);
    expect(w.htmlBytes, `HTML ${w.htmlBytes} B > ${htmlBudget} B`).toBeLessThanOrEqual(htmlBudget);
  });
}
