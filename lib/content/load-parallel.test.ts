import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadContent, startLoad } from './load';
import { loadContentParallel } from './load-parallel';
import { readIncidentPlain } from './phase-one';
import { readIncidentsInParallel } from './phase-one-pool';
import { formatReport, type Problem } from './problems';
import { fixture, makeContentDir } from './test-content-dir';

const FIXTURES = path.resolve('lib/content/__fixtures__');
const mdIn = (sub: string) => fs.readdirSync(path.join(FIXTURES, sub)).filter((f) => f.endsWith('.md'));

/** Every invalid and valid incident fixture side by side (phase-2 problems included: duplicate-title.md copies minimal.md's title). */
const withProblems = makeContentDir(
  Object.fromEntries([
    ...mdIn('invalid').map((f) => [f === 'file-name-not-kebab-case.md' ? 'Not_Kebab_Case.md' : f, fixture(`invalid/${f}`)]),
    ...mdIn('valid').map((f) => [f, fixture(`valid/${f}`)]),
  ]),
);
/** The valid fixtures, as clean content that renders. */
const clean = makeContentDir(Object.fromEntries(mdIn('valid').map((f, i) => [f, fixture(`valid/${f}`).replace(/^title: .*$/m, `title: Valid fixture ${i}`)])));
afterAll(() => [withProblems, clean].forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

/** Every field of a problem a reader or a tool sees. */
const fields = (p: Problem) => ({
  ruleId: p.ruleId,
  file: p.file,
  line: p.line,
  column: p.column,
  place: p.place,
  reason: p.reason,
  message: p.message,
  expected: p.expected,
  actual: p.actual,
  note: p.note,
  url: p.url,
  fatal: p.fatal,
  source: p.source,
  collection: p.collection,
  id: p.id,
  path: p.path,
});

describe('phase 1 on worker threads', () => {
  it('reports the same problems, in the same order and with the same places, as in-process', async () => {
    const here = loadContent(withProblems, { wholeCorpusRules: false });
    const there = await loadContentParallel(withProblems, { wholeCorpusRules: false, workers: 'only' });
    // The corpus has front-matter, body and phase-2 problems (placed by re-reading a worker-parsed file).
    const rules = new Set(here.problems.map((p) => p.ruleId));
    for (const rule of ['yaml-syntax', 'unknown-id', 'unknown-citation', 'image', 'duplicate-title', 'related-unknown']) expect(rules).toContain(rule);
    expect(there.problems.map(fields)).toEqual(here.problems.map(fields));
    expect(formatReport(there.problems, there.filesChecked)).toBe(formatReport(here.problems, here.filesChecked));
  });

  it('gives the same rendered content as in-process', async () => {
    const here = loadContent(clean, { wholeCorpusRules: false });
    const there = await loadContentParallel(clean, { wholeCorpusRules: false, workers: 'only' });
    expect(here.problems).toEqual([]);
    expect(there.content?.incidents.map((i) => i.html.includes('<h2'))).toEqual([true, true, true, true]);
    expect(JSON.stringify(there.content)).toBe(JSON.stringify(here.content));
  });

  it('answers for every file in order, whether the workers take all files or share them with this thread', async () => {
    const load = startLoad(withProblems, { wholeCorpusRules: false });
    const files = load.pending.map(({ file, text }) => ({ file, text }));
    const inProcess = JSON.stringify(files.map((f) => readIncidentPlain(f.file, f.text, load.rules)));
    for (const share of [false, true]) {
      const by = new Set<string>();
      const results = await readIncidentsInParallel(
        load.context,
        files,
        (f) => (by.add('here'), readIncidentPlain(f.file, f.text, load.rules)),
        (o) => (by.add('worker'), o),
        { workers: 1, share },
      );
      // Without sharing every file goes through a worker; with it, this thread takes files too.
      if (share) expect(by.has('here')).toBe(true);
      else expect(by).toEqual(new Set(['worker']));
      // Structured cloning keeps everything JSON would, so compare as JSON (the in-process tree and the cloned one).
      expect(JSON.stringify(results)).toBe(inProcess);
    }
  });
});
