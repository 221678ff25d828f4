import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  HTML_BUDGET_EXCEPTIONS,
  builtPages,
  htmlBudgetFor,
  jsBudgetFor,
  scriptSources,
  weighPage,
} from './page-weight';

describe('scriptSources', () => {
  it('lists each <script src> once, in order, and skips inline and nomodule scripts', () => {
    const html =
      '<head><script src="/_next/a.js" async=""></script><script>inline()</script><script src="/_next/poly.js" noModule=""></script></head><body><script src="/_next/b.js?v=1&amp;x=2"></script><script src="/_next/a.js"></script></body>';
    expect(scriptSources(html)).toEqual(['/_next/a.js', '/_next/b.js?v=1&x=2']);
  });
});

describe('jsBudgetFor', () => {
  it('gives search and quiz pages 175 KB and every other page 150 KB', () => {
    expect([
      jsBudgetFor('/search/'),
      jsBudgetFor('/quiz/'),
      jsBudgetFor('/quiz/deck/'),
      jsBudgetFor('/incidents/x/'),
      jsBudgetFor('/learn/'),
      jsBudgetFor('/'),
    ]).toEqual([175_000, 175_000, 175_000, 150_000, 150_000, 150_000]);
  });
});

describe('weighPage', () => {
  it('sums the gzip sizes of the scripts a page references, under a base path', () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'faultline-weight-'));
    fs.mkdirSync(path.join(out, '_next'));
    fs.mkdirSync(path.join(out, 'incidents', 'x'), { recursive: true });
    const a = 'console.log("a");'.repeat(50);
    const b = 'let b = 1;';
    fs.writeFileSync(path.join(out, '_next', 'a.js'), a);
    fs.writeFileSync(path.join(out, '_next', 'b.js'), b);
    const html = '<script src="/base/_next/a.js"></script><script src="/base/_next/b.js"></script>';
    fs.writeFileSync(path.join(out, 'incidents', 'x', 'index.html'), html);
    const w = weighPage(out, '/incidents/x/', '/base');
    expect(w.jsGzipBytes).toBe(gzipSync(a, { level: 9 }).length + gzipSync(b, { level: 9 }).length);
    expect(w.htmlBytes).toBe(html.length);
    expect(builtPages(out)).toEqual(['/incidents/x/']);
    fs.rmSync(out, { recursive: true, force: true });
  });
});

describe('htmlBudgetFor', () => {
  it('holds every page to 100 KB: no kind of page is a listed exception any more', () => {
    expect(HTML_BUDGET_EXCEPTIONS).toEqual([]);
    for (const url of [
      '/',
      '/incidents/',
      '/incidents/page/2/',
      '/incidents/x/',
      '/goals/availability/',
      '/faults/change-fault/page/2/',
      '/goals/',
      '/stats/',
    ])
      expect(htmlBudgetFor(url), url).toBe(100_000);
  });
});
