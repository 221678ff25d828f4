/**
 * `npm run lighthouse`: serves the built out/ (compressed, as `serve` does by default) on loopback
 * and runs Lighthouse's default mobile audit with Debian's Chromium on six pages, printing the
 * performance and accessibility scores and the main timings. Figures, not a test: targets are
 * ≥ 90 performance and 100 accessibility (README, "Measured figures").
 */
import { startStaticServer } from './static-server';
import fs from 'node:fs';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

const outDir = path.resolve(process.env.OUT_DIR ?? 'out');
const port = Number(process.env.LIGHTHOUSE_PORT ?? 4321);
const chromePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The pages measured: home, one case study, the incident list, search, the quiz and a learn page. */
export const PAGES = [
  '/',
  '/incidents/aws-kinesis-us-east-1-2020/',
  '/incidents/',
  '/search/',
  '/quiz/',
  '/learn/availability/',
] as const;

async function waitFor(url: string, tries = 50): Promise<void> {
  for (let i = 0; i < tries; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`The static server did not answer at ${url}.`);
}

async function main() {
  if (!fs.existsSync(path.join(outDir, 'index.html'))) {
    console.error(`No built site in ${outDir}: run npm run build first.`);
    process.exit(1);
  }
  const server = startStaticServer(outDir, port);
  const base = `http://127.0.0.1:${port}`;
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'],
  });
  try {
    await waitFor(`${base}/`);
    console.log('Lighthouse (mobile, default throttling), served compressed from out/:\n');
    console.log('page'.padEnd(42), 'perf', 'a11y', '  LCP ms', ' TBT ms', '   CLS');
    for (const page of PAGES) {
      const result = await lighthouse(`${base}${page}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility'],
      });
      const lhr = result?.lhr;
      if (!lhr) throw new Error(`Lighthouse returned nothing for ${page}.`);
      const score = (c: string) => Math.round((lhr.categories[c]?.score ?? 0) * 100);
      const num = (a: string) => lhr.audits[a]?.numericValue ?? NaN;
      console.log(
        page.padEnd(42),
        String(score('performance')).padStart(4),
        String(score('accessibility')).padStart(4),
        Math.round(num('largest-contentful-paint')).toString().padStart(8),
        Math.round(num('total-blocking-time')).toString().padStart(7),
        num('cumulative-layout-shift').toFixed(3).padStart(6),
      );
      const failing = Object.values(lhr.audits)
        .filter((a) => lhr.categories.accessibility?.auditRefs.some((r) => r.id === a.id) && a.score === 0)
        .map((a) => a.id);
      if (failing.length) console.log(`  accessibility audits failing: ${failing.join(', ')}`);
    }
  } finally {
    chrome.kill();
    server.kill();
  }
}

void main();
