/**
 * `npm run bench:reading`: prints where a reader finds things on three case studies at 1280 and
 * 390 px (story start, key facts, original report, related incidents, page height), from the built
 * out/ served on loopback. Figures, asserts nothing; e2e/reading.spec.ts holds the bounds.
 */
import { startStaticServer } from '../static-server';
import { chromium } from '@playwright/test';

const PAGES = [
  '/incidents/aws-kinesis-us-east-1-2020/',
  '/incidents/pagerduty-zookeeper-poison-packet-2014/',
  '/incidents/gitlab-database-deletion-2017/',
];
const WIDTHS = [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
];
const port = Number(process.env.BENCH_PORT ?? 4322);

async function main() {
  const server = startStaticServer(process.env.OUT_DIR ?? 'out', port);
  await new Promise((r) => setTimeout(r, 1500));
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
  try {
    console.log(
      'page'.padEnd(48),
      'width',
      'key facts end',
      'original report end',
      'story start',
      'related start',
      'page height',
    );
    for (const { width, height } of WIDTHS) {
      const page = await browser.newPage({ viewport: { width, height } });
      for (const p of PAGES) {
        await page.goto(`http://127.0.0.1:${port}${p}`);
        // No named helpers inside evaluate: tsx would wrap them in a __name() the page lacks.
        const [facts, original, story, related, height] = await page.evaluate(() =>
          (
            [
              ['.key-facts', 'bottom'],
              ['.original-report', 'bottom'],
              ['.story', 'top'],
              ['#related-h', 'top'],
            ] as const
          )
            .map(([sel, edge]) => {
              const el = document.querySelector(sel);
              return el ? Math.round(el.getBoundingClientRect()[edge] + window.scrollY) : NaN;
            })
            .concat(document.documentElement.scrollHeight),
        );
        const m = { facts, original, story, related, height };
        console.log(
          p.padEnd(48),
          String(width).padStart(5),
          String(m.facts).padStart(13),
          String(m.original).padStart(19),
          String(m.story).padStart(11),
          String(m.related).padStart(13),
          String(m.height).padStart(11),
        );
      }
      await page.close();
    }
  } finally {
    await browser.close();
    server.kill();
  }
}

void main();
