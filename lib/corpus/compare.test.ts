import { describe, expect, it } from 'vitest';
import { getCorpus } from '.';
import { compareRecords } from './compare';
import { compareFileSchema } from './compare-file';
import { isCompareFile, selectedIds, sharedValues } from './compare-select';

describe('compare data', () => {
  it('lists every incident with one value list per field, and passes its schema', () => {
    const { incidents, tax } = getCorpus();
    const file = compareFileSchema.parse(compareRecords(incidents, tax));
    const kinesis = file.incidents.find((i) => i.id === 'aws-kinesis-us-east-1-2020')!;
    expect(kinesis.values).toHaveLength(file.fields.length);
    expect(kinesis.values[file.fields.indexOf('Root')]).toEqual(['Resource exhaustion']);
    expect(kinesis.values[file.fields.indexOf('Goals hurt')]).toEqual([
      'Scalability',
      'Availability',
      'Fault tolerance',
    ]);
  });

  it('accepts the real file in its hand check and rejects broken shapes the schema also rejects', () => {
    const { incidents, tax } = getCorpus();
    const file = compareRecords(incidents, tax);
    expect(isCompareFile(file)).toBe(true);
    const first = file.incidents[0]!;
    const broken: unknown[] = [
      null,
      [],
      { fields: file.fields },
      { fields: [1], incidents: [] },
      { fields: file.fields, incidents: [{ ...first, title: 7 }] },
      { fields: file.fields, incidents: [{ ...first, values: [['ok'], [3]] }] },
      { fields: file.fields, incidents: [{ id: first.id, values: first.values }] },
    ];
    for (const x of broken) {
      expect(compareFileSchema.safeParse(x).success).toBe(false);
      expect(isCompareFile(x), JSON.stringify(x)?.slice(0, 80)).toBe(false);
    }
  });

  it('finds values shared by every selected incident, none for a single one', () => {
    expect([
      ...sharedValues([['Availability', 'Latency'], ['Latency', 'Availability', 'Scalability'], ['Availability']]),
    ]).toEqual(['Availability']);
    expect([...sharedValues([['Availability']])]).toEqual([]);
  });

  it('reads up to three known, distinct ids from the query string', () => {
    const known = new Set(['x', 'y', 'z', 'w']);
    expect(selectedIds('?a=x&b=nope&c=x&d=w', known)).toEqual(['x']);
    expect(selectedIds('?b=y&a=x&c=z', known)).toEqual(['x', 'y', 'z']);
  });
});
