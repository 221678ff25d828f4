import { describe, expect, it } from 'vitest';
import { getCorpus, orgsByIncidentCount } from '.';

describe('orgsByIncidentCount', () => {
  it('lists only organisations with incidents, most first, ties by name', () => {
    const corpus = getCorpus();
    const orgs = orgsByIncidentCount(corpus);
    const counts = orgs.map((o) => corpus.byOrg.get(o.id)!.length);
    expect(orgs[0]?.id).toBe('aws');
    expect(counts.every((n, i) => i === 0 || n <= counts[i - 1]!)).toBe(true);
    expect(
      orgs.filter((o, i) => i > 0 && counts[i] === counts[i - 1] && o.name.localeCompare(orgs[i - 1]!.name) < 0),
    ).toEqual([]);
    expect(orgs.length).toBe([...corpus.byOrg.keys()].length);
  });
});
