import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from './problems';
import { readComparisons, type ComparisonTargets } from './read-comparisons';

const targets: ComparisonTargets = {
  incidentIds: new Set(['a', 'b']),
  incidentTags: new Map([
    ['a', { faults: new Set(['poison-input', 'software-fault']), technologies: new Set(['bgp']) }],
    ['b', { faults: new Set(['poison-input', 'software-fault']), technologies: new Set(['dns']) }],
  ]),
  faultIds: new Set(['poison-input', 'software-fault']),
  technologyIds: new Set(['bgp', 'dns']),
};

function read(files: Record<string, string>) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'faultline-comparisons-'));
  fs.mkdirSync(path.join(dir, 'comparisons'));
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, 'comparisons', name), text);
  return readComparisons(dir, (abs) => path.relative(dir, abs), targets);
}

describe('readComparisons', () => {
  it('accepts a comparison whose incidents carry its tag and whose prose cites each of them', () => {
    const { comparisons, problems } = read({
      'x.yaml': 'name: X\nattachTo: { kind: fault, id: poison-input }\nincidents: [a, b]\ncommon: Both [[a]] and [[b]].\n',
    });
    expect(problems).toEqual([]);
    expect(comparisons.map((c) => [c.id, c.incidents])).toEqual([['x', ['a', 'b']]]);
  });

  it('reports an incident that lacks the attached tag, an unknown incident and an uncited one, each located', () => {
    const { problems } = read({
      'y.yaml': 'name: Y\nattachTo: { kind: technology, id: bgp }\nincidents: [a, b, c]\ncommon: Only [[a]] and [[z]].\n',
    });
    expect(problems.map(formatProblem)).toEqual([
      'comparisons/y.yaml:3:16\n  comparisons → y: incidents[1]: expected an incident tagged with the technology "bgp" this comparison is attached to, received "b". Tag the incident, or attach the comparison to a technology every listed incident carries. [comparison]',
      'comparisons/y.yaml:3:19\n  comparisons → y: incidents[2]: expected the id of an incident in content/incidents/, received "c". [comparison]',
      'comparisons/y.yaml:4:9\n  comparisons → y: common: expected wiki-links only to the incidents listed in incidents, received [[z]]. [comparison]',
      'comparisons/y.yaml:3:16\n  comparisons → y: incidents[1]: expected each listed incident linked from the prose as [[id]], so the claim about it is cited, received "b". [comparison]',
      'comparisons/y.yaml:3:19\n  comparisons → y: incidents[2]: expected each listed incident linked from the prose as [[id]], so the claim about it is cited, received "c". [comparison]',
    ]);
  });

  it('reports an attach target that is not in the taxonomy, and a comparison of fewer than two incidents', () => {
    const unknown = read({
      'z.yaml': 'name: Z\nattachTo: { kind: technology, id: ntp }\nincidents: [a, b]\ncommon: "[[a]] [[b]]"\n',
    });
    expect(unknown.problems.map((p) => `${p.path}: ${p.expected}, received ${p.actual}`)).toEqual([
      'attachTo.id: a technology id, received "ntp"',
      'incidents[0]: an incident tagged with the technology "ntp" this comparison is attached to, received "a"',
      'incidents[1]: an incident tagged with the technology "ntp" this comparison is attached to, received "b"',
    ]);
    const single = read({ 'w.yaml': 'name: W\nattachTo: { kind: fault, id: poison-input }\nincidents: [a]\ncommon: "[[a]]"\n' });
    expect(single.problems.map((p) => `${p.path}: ${p.expected}`)).toEqual(['incidents: a list of at least 2']);
  });
});
