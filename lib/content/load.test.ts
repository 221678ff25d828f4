import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { getContent } from '.';
import { formatReport } from './problems';
import { loadContent } from './load';
import { fixture, makeContentDir } from './test-content-dir';

const dirs: string[] = [];
const load = (files: Record<string, string>) => {
  const dir = makeContentDir(files);
  dirs.push(dir);
  const result = loadContent(dir, { wholeCorpusRules: false });
  // Paths in reports are relative to the project; make them relative to the temp dir for stable text.
  const report = formatReport(result.problems, result.filesChecked).replaceAll(`${path.relative(process.cwd(), dir)}/`, '');
  return { ...result, report };
};
afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

describe('loadContent', () => {
  it('reports a misspelt fault type, an unparseable date and a missing title together, each located', () => {
    const { report, content } = load({ 'aws-s3-us-east-1-2017.md': fixture('invalid/three-problems.md') });
    expect(content).toBeUndefined();
    expect(report).toBe(
      [
        'incidents/aws-s3-us-east-1-2017.md:2:1',
        '  incidents → aws-s3-us-east-1-2017: title: expected text (this field is required), received nothing. [required-field]',
        'incidents/aws-s3-us-east-1-2017.md:5:10',
        '  incidents → aws-s3-us-east-1-2017: started: expected an ISO date in UTC (2017, 2017-02, 2017-02-28 or 2017-02-28T17:37Z), received "Feb 28". [bad-date]',
        'incidents/aws-s3-us-east-1-2017.md:8:11',
        '  incidents → aws-s3-us-east-1-2017: faults[0].type: expected a fault type, received "config-chnage". Did you mean "config-change"? Fault types are defined in content/taxonomy/faults.yaml. [unknown-id]',
        '',
        'Found 3 problems in 1 of 7 files. Rules broken: bad-date, required-field, unknown-id (explained at /about/errors/).',
      ].join('\n'),
    );
  });

  // The real corpus is loaded once per run, by the global setup (tests/setup/content-snapshot.ts),
  // which fails the run with the full report if it has a problem; these tests read that load.
  it('loads the real content with no problems', () => {
    expect(getContent().incidents.length).toBeGreaterThan(0);
  });

  it('reports problems in several files in one run, and every file is read', () => {
    const bad = fixture('invalid/three-problems.md');
    const { problems } = load({ 'one-bad.md': bad, 'two-bad.md': bad.replace('config-chnage', 'config-change') });
    expect([...new Set(problems.map((p) => p.id))].sort()).toEqual(['one-bad', 'two-bad']);
    expect(problems.filter((p) => p.id === 'two-bad').map((p) => p.path)).toEqual(['title', 'started']);
  });

  it('orders incidents newest first', () => {
    const content = getContent();
    const starts = content.incidents.map((i) => i.started.start);
    const outOfOrder = starts.flatMap((t, i) => (i > 0 && t > starts[i - 1]! ? [content.incidents[i]!.id] : []));
    expect(outOfOrder).toEqual([]);
  });
});
