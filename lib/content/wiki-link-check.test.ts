import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatProblem } from './problems';
import { loadContent } from './load';
import { makeContentDir } from './test-content-dir';

const real = fs.readFileSync(path.resolve('content/incidents/aws-kinesis-us-east-1-2020.md'), 'utf8');
const lines = real.split('\n');
const whatHappened = lines.indexOf('## What happened');
/** The real incident with one line added right after "## What happened" (file line whatHappened + 2). */
const withLine = (line: string) => [...lines.slice(0, whatHappened + 1), line, ...lines.slice(whatHappened + 1)].join('\n');

const dirs: string[] = [];
const load = (text: string) => {
  const dir = makeContentDir({ 'aws-kinesis-us-east-1-2020.md': text });
  dirs.push(dir);
  const result = loadContent(dir, { wholeCorpusRules: false });
  return { ...result, report: result.problems.map(formatProblem).map((p) => p.replaceAll(`${path.relative(process.cwd(), dir)}/`, '')) };
};
afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

describe('wiki-links in incident bodies', () => {
  it('fails on a missing target with the file, line and column of the link itself', () => {
    const { report, content } = load(withLine('Compare [[goal:availability]] with [[fault:config-chnage]] and [[no-such-incident]].'));
    expect(content).toBeUndefined();
    const line = whatHappened + 2;
    expect(report).toEqual([
      `incidents/aws-kinesis-us-east-1-2020.md:${line}:36\n  incidents → aws-kinesis-us-east-1-2020: body: expected a wiki-link to an existing fault, received "[[fault:config-chnage]]". Did you mean "config-change"? Fault classes and types are defined in content/taxonomy/faults.yaml. [wiki-link-unknown]`,
      `incidents/aws-kinesis-us-east-1-2020.md:${line}:64\n  incidents → aws-kinesis-us-east-1-2020: body: expected a wiki-link to an existing incident, received "[[no-such-incident]]". Incidents are the files in content/incidents/; for a fault, goal or challenge write [[fault:id]], [[goal:id]] or [[challenge:id]]. [wiki-link-unknown]`,
    ]);
  });

  it('renders valid targets as links named after the target and records them as mentions', () => {
    const { content } = load(withLine('It hurt [[goal:availability]] through [[fault:resource-exhaustion]], see [[aws-kinesis-us-east-1-2020|itself]].'));
    const inc = content!.incidents[0]!;
    expect(inc.html).toContain('<a href="/goals/availability/">Availability</a>');
    expect(inc.html).toContain('<a href="/faults/resource-exhaustion/">Resource exhaustion</a>');
    expect(inc.html).toContain('<a href="/incidents/aws-kinesis-us-east-1-2020/">itself</a>');
    expect(inc.mentions).toEqual([
      { kind: 'goal', id: 'availability' },
      { kind: 'fault', id: 'resource-exhaustion' },
      { kind: 'incident', id: 'aws-kinesis-us-east-1-2020' },
    ]);
  });
});
