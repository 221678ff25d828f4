/**
 * The sites the Pagefind comparison serves, one directory per corpus: the built out/ (hard-linked,
 * not copied) with, for a synthetic corpus, Faultline's search files written for that corpus in place
 * of the real ones; a Pagefind index of the same incidents; and /pagefind-bench/, a plain page that searches
 * with Pagefind's own JavaScript API. The real site's Pagefind index is built from out/'s incident
 * pages; a synthetic corpus's from a plain-HTML rendering of each incident written here.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { termKey } from '../../lib/search/engine';
import type { CoreFile, SearchRecord } from '../../lib/search/schema';
import { indexFiles } from '../../lib/search/files';
import { SEARCH_INDEX_DIR, incidentPath } from '../../lib/routes';

/** The harness page's path on every bench site (a directory: the server redirects *.html and drops the query). */
export const PAGEFIND_PAGE = '/pagefind-bench/';
const HARNESS_DIR = PAGEFIND_PAGE.slice(1, -1);

const escape = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The Pagefind page: a box and a list. Each input searches with Pagefind and shows the first five results
 * (their fragments loaded, as Pagefind UI does); the list's data-searched names the query shown.
 * `?q=` searches at once. window.pfIds(q, n) gives the first n result URLs, for nDCG.
 */
const HARNESS = `<!doctype html>
<html lang="en"><meta charset="utf-8"><title>Pagefind</title>
<input id="q" type="search" aria-label="Search"><ol id="r"></ol>
<script type="module">
const pf = await import('/pagefind/pagefind.js');
await pf.options({});
const box = document.getElementById('q');
const list = document.getElementById('r');
let seq = 0;
async function run(q) {
  const mine = ++seq;
  const found = await pf.search(q);
  if (mine !== seq) return;
  const data = await Promise.all((found?.results ?? []).slice(0, 5).map((r) => r.data()));
  if (mine !== seq) return;
  list.replaceChildren(...data.map((d) => {
    const li = document.createElement('li');
    const a = document.createElement('a');
    a.href = d.url;
    a.textContent = d.meta.title ?? d.url;
    a.dataset.result = '';
    li.append(a);
    return li;
  }));
  list.dataset.searched = q;
}
box.addEventListener('input', () => run(box.value));
window.pfIds = async (q, n) => {
  const found = await pf.search(q);
  return Promise.all((found?.results ?? []).slice(0, n).map(async (r) => (await r.data()).url));
};
const q = new URLSearchParams(location.search).get('q');
if (q) { box.value = q; run(q); } else run('');
window.pfReady = true;
</script>
</html>
`;

/** One incident as a plain HTML page: its title, organisations, tag names and all its text. */
function plainPage(core: CoreFile, rec: SearchRecord, text: string): string {
  const terms = new Map(core.terms.map((t) => [termKey(t.kind, t.id), t.name]));
  const orgs = new Map(core.orgs.map((o) => [o.id, o.name]));
  const tags = [
    ...rec.faults.map((f) => terms.get(f.type)),
    ...rec.goals.map((id) => terms.get(id)),
    ...rec.challenges.map((id) => terms.get(id)),
    ...rec.technologies.map((id) => terms.get(termKey('technology', id))),
    ...rec.terms.map((id) => terms.get(termKey('glossary', id))),
  ].filter((t): t is string => t !== undefined);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escape(rec.title)}</title></head>
<body><main><h1>${escape(rec.title)}</h1>
<p>${escape(rec.date)} · ${escape(rec.orgs.map((o) => orgs.get(o) ?? o).join(', '))}</p>
<p>${escape(tags.join(' · '))}</p>
<p>${escape(text)}</p></main></body></html>`;
}

/**
 * Hard-links out/ into `to` without the names given (a bench site reuses out/'s files without
 * copying them; files written into it later are new files, so out/ is never changed).
 */
function linkAll(from: string, to: string, except: readonly string[]) {
  fs.mkdirSync(path.dirname(to), { recursive: true });
  execFileSync('cp', ['-al', path.resolve(from), to]);
  for (const name of except) fs.rmSync(path.join(to, name), { recursive: true, force: true });
}

async function writePagefind(dir: string, add: (index: pagefind.PagefindIndex) => Promise<void>) {
  const { index, errors } = await pagefind.createIndex({ rootSelector: 'main' });
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  await add(index);
  const written = await index.writeFiles({ outputPath: path.join(dir, 'pagefind') });
  if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  await index.deleteIndex();
}

/** The real site: out/ as built, plus a Pagefind index of its incident pages. */
export async function prepareRealSite(outDir: string, dir: string): Promise<void> {
  fs.rmSync(dir, { recursive: true, force: true });
  linkAll(outDir, dir, ['pagefind', HARNESS_DIR]);
  await writePagefind(dir, async (index) => {
    const r = await index.addDirectory({ path: path.resolve(outDir), glob: 'incidents/*/index.html' });
    if (r.errors.length) throw new Error(`Pagefind: ${r.errors.join('; ')}`);
  });
  writeHarness(dir);
}

/**
 * A synthetic corpus: out/'s pages with Faultline's search files for this corpus, and a Pagefind
 * index of the same incidents rendered as plain HTML (written under plain/ so the pages are there too).
 */
export async function prepareSyntheticSite(
  outDir: string,
  dir: string,
  core: CoreFile,
  texts: readonly { id: string; text: string }[],
): Promise<void> {
  fs.rmSync(dir, { recursive: true, force: true });
  const indexDir = SEARCH_INDEX_DIR.slice(1);
  linkAll(outDir, dir, [indexDir, 'pagefind', HARNESS_DIR]);
  const files = path.join(dir, indexDir);
  for (const [rel, text] of indexFiles(core, texts)) {
    const file = path.join(files, decodeURIComponent(rel));
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
  }

  const textOf = new Map(texts.map((t) => [t.id, t.text]));
  const plain = path.join(dir, 'plain');
  for (const rec of core.records) {
    const page = path.join(plain, incidentPath(rec.id), 'index.html');
    fs.mkdirSync(path.dirname(page), { recursive: true });
    fs.writeFileSync(page, plainPage(core, rec, textOf.get(rec.id) ?? ''));
  }
  await writePagefind(dir, async (index) => {
    const r = await index.addDirectory({ path: plain });
    if (r.errors.length) throw new Error(`Pagefind: ${r.errors.join('; ')}`);
  });
  writeHarness(dir);
}

function writeHarness(dir: string) {
  fs.mkdirSync(path.join(dir, HARNESS_DIR), { recursive: true });
  fs.writeFileSync(path.join(dir, HARNESS_DIR, 'index.html'), HARNESS);
}

/** Closes the Pagefind service (its binary runs until then). */
export const closePagefind = () => pagefind.close();
