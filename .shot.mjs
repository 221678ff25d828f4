import { chromium } from '@playwright/test';
const [,, url, w, h, out] = process.argv;
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--disable-gpu'] });
const p = await b.newPage({ viewport: { width: +w, height: +h } });
await p.goto(url);
const m = await p.evaluate(() => Object.fromEntries(['.site-header','h1','.case-head .lede','.key-facts','.original-report','.disagree','.toc-fold','.story'].map(s => { const e = document.querySelector(s); if (!e) return [s, null]; const r = e.getBoundingClientRect(); return [s, [Math.round(r.top + scrollY), Math.round(r.bottom + scrollY)]]; })));
console.log(JSON.stringify(m));
await p.screenshot({ path: out, fullPage: false });
await b.close();
