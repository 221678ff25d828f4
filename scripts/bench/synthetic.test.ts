import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../lib/content';
import { writeSyntheticCorpus } from './synthetic';

describe('the synthetic benchmark corpus', () => {
  const dirs = [
    writeSyntheticCorpus(5, { seed: 7, words: 200 }),
    writeSyntheticCorpus(5, { seed: 7, words: 200 }),
    writeSyntheticCorpus(5, { seed: 8, words: 200 }),
  ];
  afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));
  const files = (dir: string) =>
    fs
      .readdirSync(path.join(dir, 'incidents'))
      .sort()
      .map((f) => fs.readFileSync(path.join(dir, 'incidents', f), 'utf8'));

  it('is the same for the same seed and differs for another seed', () => {
    expect(files(dirs[0]!)).toEqual(files(dirs[1]!));
    expect(files(dirs[0]!)).not.toEqual(files(dirs[2]!));
  });

  it('is valid content, so the benchmark times the happy path', () => {
    const { problems, content } = loadContent(dirs[0]!);
    expect(problems.map((p) => `${p.file}:${p.line} ${p.path} ${p.expected}`)).toEqual([]);
    expect(content?.incidents.filter((i) => i.id.startsWith('synthetic-incident-')).length).toBe(5);
  });
});
