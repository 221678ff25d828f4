import { describe, expect, it } from 'vitest';
import { FUZZY_MIN, FUZZY_ONE_MAX, typoDistance } from './config';
import { buildBodyIndex, createEngine, withBody } from './engine';
import { noFilters } from './facets';
import { runSearch } from './query';
import type { CoreFile, SearchRecord } from './schema';

/** A small engine over hand-written incidents, for the matching rules the real corpus has no example of. */
function engineOf(texts: Record<string, string>) {
  const records: SearchRecord[] = Object.keys(texts).map((id) => ({
    id,
    title: id,
    lead: '',
    date: '2020',
    year: 2020,
    orgs: [],
    scope: 'region',
    propagation: [],
    faults: [],
    goals: [],
    challenges: [],
    technologies: [],
    terms: [],
  }));
  const core: CoreFile = { version: 3, records, terms: [], orgs: [] };
  const body = buildBodyIndex(Object.entries(texts).map(([id, text]) => ({ id, text })));
  return withBody(createEngine(core), JSON.stringify(body));
}
const ids = (e: ReturnType<typeof engineOf>, q: string) =>
  runSearch(e, { q, filters: noFilters() })
    .hits.map((h) => h.id)
    .sort();

const e = engineOf({
  resolver: 'Queries to the resolver 1.1.1.1 failed; 1.0.0.1 kept answering.',
  region: 'Instances in us-east-1 lost connectivity while us-west-2 was fine.',
  ipv6: 'IPv6 routes were withdrawn; IPv4 stayed up. HTTP/2 clients saw 503 errors.',
  bucket: 'An S3 bucket policy blocked reads; S30 was not involved.',
  wipe: 'An engineer ran rm -rf on the wrong replica.',
  tokyo: '東京証券取引所で売買が終日停止した。',
  gas: 'ガス漏れで停電した。',
  dregs: 'カスが詰まった。',
  cafe: 'The Zürich café lost power.',
  clock: 'A clock drifted.',
  block: 'A block device failed.',
  kinesis: 'Kinesis front-end servers hit a thread limit.',
});

describe('identifiers match whole', () => {
  it.each([
    ['1.1.1.1', ['resolver']],
    ['us-east-1', ['region']],
    ['us-east-2', []],
    ['IPv6', ['ipv6']],
    ['ipv4', ['ipv6']],
    ['S3', ['bucket']],
    ['HTTP/2', ['ipv6']],
    ['503', ['ipv6']],
    ['rm -rf', ['wipe']],
  ])('"%s" finds %j', (q, want) => {
    expect(ids(e, q)).toEqual(want);
  });
  it('a part of an identifier finds it', () => {
    expect(ids(e, 'east')).toEqual(['region']);
    expect(ids(e, 'http')).toEqual(['ipv6']);
  });
  it('"1.1.1.1" is not the word "1"', () => {
    expect(runSearch(e, { q: '1.1.1.1', filters: noFilters() }).hits).toHaveLength(1);
  });
});

describe('hyphenated compounds', () => {
  const c = engineOf({
    spaced: 'The cluster went into split brain after the partition.',
    hyphen: 'A leap-second bug stalled the kernel.',
    open: 'The leap second was inserted at midnight.',
    closed: 'Failover to the standby took an hour.',
    common: 'Writes would fail over and over again.',
    region: 'Instances in us-east-1 lost connectivity.',
    usa: 'Customers in the US and the east of Europe saw errors.',
  });
  it('"split-brain" finds "split brain"', () => {
    expect(ids(c, 'split-brain')).toEqual(['spaced']);
  });
  it('"leap-second" finds it hyphenated and spaced', () => {
    expect(ids(c, 'leap-second')).toEqual(['hyphen', 'open']);
  });
  it('"fail-over" is searched closed up when the corpus only writes "failover"', () => {
    expect(ids(c, 'fail-over')).toEqual(['closed']);
  });
  it('a short code such as "us-east" still matches only whole', () => {
    expect(ids(c, 'us-east')).toEqual(['region']);
  });
});

describe('every script', () => {
  it('finds a word inside an unspaced Japanese run', () => {
    expect(ids(e, '取引所')).toEqual(['tokyo']);
    expect(ids(e, '証券')).toEqual(['tokyo']);
  });
  it('keeps kana voicing marks: ガス is not カス', () => {
    expect(ids(e, 'ガス')).toEqual(['gas']);
    expect(ids(e, 'カス')).toEqual(['dregs']);
  });
  it('folds Latin accents both ways', () => {
    expect(ids(e, 'zurich cafe')).toEqual(['cafe']);
    expect(ids(e, 'Zürich')).toEqual(['cafe']);
  });
});

describe('typo tolerance', () => {
  it('allows no typo under FUZZY_MIN letters, one up to FUZZY_ONE_MAX, two beyond', () => {
    const never = () => false;
    expect(typoDistance('x'.repeat(FUZZY_MIN - 1), never)).toBe(0);
    expect(typoDistance('x'.repeat(FUZZY_MIN), never)).toBe(1);
    expect(typoDistance('x'.repeat(FUZZY_ONE_MAX), never)).toBe(1);
    expect(typoDistance('x'.repeat(FUZZY_ONE_MAX + 1), never)).toBe(2);
  });
  it('allows none for a word the corpus has as typed, or an identifier', () => {
    expect(typoDistance('block', () => true)).toBe(0);
    expect(typoDistance('us-east-1', () => false)).toBe(0);
  });
  it('"clock" does not find "block", but "kinesys" finds "kinesis"', () => {
    expect(ids(e, 'clock')).toEqual(['clock']);
    expect(ids(e, 'kinesys')).toEqual(['kinesis']);
  });
});

describe('counts', () => {
  it('counts only incidents with every word; otherwise returns partial matches', () => {
    const both = runSearch(e, { q: 'thread limit', filters: noFilters() });
    expect(both.partial).toBe(false);
    expect(both.matchedBeforeFilters).toBe(1);
    const some = runSearch(e, { q: 'kinesis clock', filters: noFilters() });
    expect(some.partial).toBe(true);
    expect(some.matchedBeforeFilters).toBe(0);
    expect(some.hits.map((h) => h.id).sort()).toEqual(['clock', 'kinesis']);
  });
});
