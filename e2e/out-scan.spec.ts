import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';

/**
 * Scans every file of the built site (HTML, XML, JSON, TXT payloads, scripts) for text no page may
 * carry: made-up hosts, and a count of one with a plural noun (or the reverse) such as "1 incidents".
 */
const outDir = path.resolve(process.env.OUT_DIR ?? 'out');
const files = fs
  .readdirSync(outDir, { withFileTypes: true, recursive: true })
  .filter((e) => e.isFile() && /\.(html|xml|json|txt|js|csv)$/.test(e.name))
  .map((e) => path.join(e.parentPath, e.name));

/** Hosts that stand in for a real one, as URLs (the glossary may name example.com as an example). */
const PLACEHOLDER_HOSTS = [
  /https?:\/\/([\w-]+\.)*example\.(org|com|net)\b/i,
  /github\.com\/faultline-kb\b/i,
  /\bfaultline\.example\b/i,
];

/** "1 incidents", "1 incident match" …: a count of one with a plural noun or verb. */
const WRONG_PLURALS = [
  /(?<![\d.,])1 (incidents|matches|sources|faults|types|classes|organisations|goals|challenges|questions|cards|events)\b/,
  /(?<![\d.,])1 incidents? match\b/,
];

test(`no built file names a placeholder host (${files.length} files)`, () => {
  expect(files.length).toBeGreaterThan(50);
  const hits = files.flatMap((f) => {
    const text = fs.readFileSync(f, 'utf8');
    return PLACEHOLDER_HOSTS.filter((re) => re.test(text)).map((re) => `${path.relative(outDir, f)}: ${re}`);
  });
  expect(hits).toEqual([]);
});

test('no built page has a count that disagrees with its noun', () => {
  const hits = files
    .filter((f) => f.endsWith('.html'))
    .flatMap((f) => {
      // Visible text only: tags and comments out, so "(<!-- -->1<!-- -->)" reads as "(1)".
      const text = fs
        .readFileSync(f, 'utf8')
        .replace(/<script[\s\S]*?<\/script>/g, ' ')
        .replace(/<!--[\s\S]*?-->/g, '')
        .replace(/<[^>]+>/g, ' ');
      return WRONG_PLURALS.flatMap((re) => {
        const m = re.exec(text);
        return m ? [`${path.relative(outDir, f)}: "${text.slice(Math.max(0, m.index - 30), m.index + 30)}"`] : [];
      });
    });
  expect(hits).toEqual([]);
});
