import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadContent, startLoad } from './load';
import { loadContentParallel } from './load-parallel';
import { fixture, makeContentDir } from './test-content-dir';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

function setup() {
  const dir = makeContentDir({ 'aws-s3-2017.md': fixture('valid/minimal.md') });
  const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'faultline-cache-'));
  dirs.push(dir, cacheDir);
  return { dir, cache: path.join(cacheDir, 'incidents.json') };
}

describe('content-hash parse cache', () => {
  it('gives the same content warm as cold, and stores only clean files', () => {
    const { dir, cache } = setup();
    const cold = loadContent(dir, { wholeCorpusRules: false, cache });
    const stored = Object.keys(JSON.parse(fs.readFileSync(cache, 'utf8')) as object);
    expect(stored).toHaveLength(1);
    const warm = loadContent(dir, { wholeCorpusRules: false, cache });
    expect(JSON.stringify(warm.content)).toBe(JSON.stringify(cold.content));
    expect(warm.content?.incidents[0]?.html).toContain('<h2');
  });

  it('re-checks a file whose text changed and reports its problem, located', () => {
    const { dir, cache } = setup();
    loadContent(dir, { wholeCorpusRules: false, cache });
    const file = path.join(dir, 'incidents', 'aws-s3-2017.md');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/^scope: .*$/m, 'scope: planet'));
    const after = loadContent(dir, { wholeCorpusRules: false, cache });
    expect(after.content).toBeUndefined();
    expect(after.problems.map((p) => [p.ruleId, p.line > 1])).toEqual([['not-one-of', true]]);
    expect(JSON.parse(fs.readFileSync(cache, 'utf8'))).toEqual({});
  });

  it('places a phase-2 problem in a cached file at its line (the YAML is re-read on demand)', () => {
    const { dir, cache } = setup();
    loadContent(dir, { wholeCorpusRules: false, cache });
    // A second file with the same title makes the cached one's title a phase-2 problem.
    fs.copyFileSync(path.join(dir, 'incidents', 'aws-s3-2017.md'), path.join(dir, 'incidents', 'aws-s3-copy.md'));
    const { problems } = loadContent(dir, { wholeCorpusRules: false, cache });
    expect(problems.length).toBeGreaterThan(0);
    for (const p of problems) expect(p.line, p.message).toBeGreaterThan(1);
  });

  it('fills the cache from worker threads, and a warm load sends no file to them', async () => {
    const { dir, cache } = setup();
    const cold = await loadContentParallel(dir, { wholeCorpusRules: false, cache, workers: 'only' });
    expect(startLoad(dir, { wholeCorpusRules: false, cache }).pending).toEqual([]);
    const warm = loadContent(dir, { wholeCorpusRules: false, cache });
    expect(JSON.stringify(warm.content)).toBe(JSON.stringify(cold.content));
  });
});
