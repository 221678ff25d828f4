import { describe, expect, it } from 'vitest';
import { getCorpus } from '.';
import { filterAndSort, isIncidentListFile } from './incident-filter';
import { incidentListFile } from './incident-summaries';

const { incidents, tax } = getCorpus();
const file = incidentListFile(incidents, tax);

describe('the incident list file and its filters', () => {
  it('lists every incident once, newest first, without summaries, and passes the browser-side check', () => {
    expect(file.count).toBe(incidents.length);
    expect(file.incidents.map((i) => i.id)).toEqual(incidents.map((i) => i.id));
    expect(file.incidents.some((i) => 'summary' in i)).toBe(false);
    expect(isIncidentListFile(JSON.parse(JSON.stringify(file)))).toBe(true);
    expect(isIncidentListFile({ count: 1, incidents: [] })).toBe(false);
  });

  it('filters by technology exactly as the records carry it', () => {
    for (const t of tax.technologyById.keys()) {
      const got = filterAndSort(file.incidents, { cls: '', goal: '', technology: t, sort: 'newest' }).map((i) => i.id);
      expect(got, t).toEqual(incidents.filter((i) => i.technologies.includes(t)).map((i) => i.id));
    }
  });

  it('combines filters and sorts oldest first', () => {
    const f = { cls: 'network-fault', goal: 'availability', technology: '', sort: 'oldest' as const };
    const got = filterAndSort(file.incidents, f);
    const expected = incidents.filter(
      (i) =>
        i.faults.some((x) => tax.classOfType.get(x.type)?.id === 'network-fault') &&
        i.goals.some((g) => g.id === 'availability'),
    );
    expect(got.map((i) => i.id).sort()).toEqual(expected.map((i) => i.id).sort());
    const keys = got.map((i) => i.sortKey);
    expect(keys).toEqual([...keys].sort((a, b) => a - b));
  });
});
