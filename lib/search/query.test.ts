import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getCorpus } from '../corpus';
import { createEngine, withBody } from './engine';
import { noFilters } from './facets';
import { bodyJson } from './files';
import { hitFields, runSearch } from './query';
import { buildCoreFile } from './records';
import { didYouMean, termOffers } from './suggest';
import { whyMatched } from './why';

const corpus = getCorpus();
const coreOnly = createEngine(buildCoreFile(corpus));
const engine = withBody(coreOnly, bodyJson(corpus));
const top = (q: string, e = engine) =>
  runSearch(e, { q, filters: noFilters() })
    .hits.slice(0, 3)
    .map((h) => h.record.id);

describe('ranking over the real corpus', () => {
  it.each([
    ['thread limit', 'aws-kinesis-us-east-1-2020'],
    ['poison packet', 'pagerduty-zookeeper-poison-packet-2014'],
    ['fiber cut', 'comcast-backbone-fiber-cuts-2018'],
    ['regex', 'cloudflare-waf-regex-2019'],
    ['BGP', 'facebook-backbone-bgp-2021'],
    ['leap day', 'azure-leap-day-2012'],
    ['kinesys', 'aws-kinesis-us-east-1-2020'],
    ['zookeper', 'pagerduty-zookeeper-poison-packet-2014'],
    ['cloudfare waf', 'cloudflare-waf-regex-2019'],
    ['thread lim', 'aws-kinesis-us-east-1-2020'],
  ])('"%s" puts %s in the top three', (q, id) => {
    expect(top(q)).toContain(id);
  });

  it('finds names with typos before the body index has loaded', () => {
    expect(top('zookeper', coreOnly)).toContain('pagerduty-zookeeper-poison-packet-2014');
    expect(top('cloudfare waf', coreOnly)).toContain('cloudflare-waf-regex-2019');
  });

  it('finds an incident by a word only its fault type definition has', () => {
    // "severed" is in link-cut's definition ("A physical transmission link (fiber, cable) is severed or fails").
    const hits = runSearch(coreOnly, { q: 'severed', filters: noFilters() }).hits;
    expect(hits.map((h) => h.record.id)).toContain('comcast-backbone-fiber-cuts-2018');
    expect(hitFields(hits.find((h) => h.record.id === 'comcast-backbone-fiber-cuts-2018')!)).toContain('faultText');
  });

  it('says why a result matched, naming the fault type', () => {
    const hit = runSearch(engine, { q: 'resource exhaustion', filters: noFilters() }).hits.find(
      (h) => h.record.id === 'aws-kinesis-us-east-1-2020',
    )!;
    expect(whyMatched(engine, hit)).toContain('fault type: Resource exhaustion (root)');
  });
});

describe('facets', () => {
  it('filters by goal and counts the other goals over the query matches', () => {
    const out = runSearch(engine, { q: 'thread limit', filters: { ...noFilters(), goal: ['scalability'] } });
    expect(out.hits.every((h) => h.record.goals.includes('scalability'))).toBe(true);
    const anyGoal = runSearch(engine, { q: 'thread limit', filters: noFilters() });
    expect(out.counts.goal.get('availability')).toBe(
      anyGoal.hits.filter((h) => h.record.goals.includes('availability')).length,
    );
  });
  it('reads a fault with a role as that fault in that role', () => {
    const out = runSearch(engine, {
      q: '',
      filters: { ...noFilters(), fault: ['resource-exhaustion'], role: ['root'] },
    });
    const expected = corpus.incidents
      .filter((i) => i.faults.some((f) => f.type === 'resource-exhaustion' && f.role === 'root'))
      .map((i) => i.id);
    expect(out.hits.map((h) => h.record.id).sort()).toEqual(expected.sort());
  });
  it('counts a fault class as any of its types', () => {
    const out = runSearch(engine, { q: '', filters: noFilters() });
    const expected = corpus.incidents.filter((i) =>
      i.faults.some((f) => corpus.tax.classOfType.get(f.type)?.id === 'network-fault'),
    ).length;
    expect(out.counts.fault.get('network-fault')).toBe(expected);
  });
});

describe('term pages and suggestions', () => {
  it('offers the fault type page when the query names it, typo or not', () => {
    for (const q of ['resource exhaustion', 'resorce exhaustion']) {
      const offers = termOffers(engine, runSearch(engine, { q, filters: noFilters() }).query);
      expect(offers.map((o) => o.label)).toContain('Fault type: Resource exhaustion');
    }
  });
  it('offers the goal page for "scalability"', () => {
    expect(termOffers(engine, runSearch(engine, { q: 'scalability', filters: noFilters() }).query)[0]?.href).toBe(
      '/goals/scalability/',
    );
  });
  it('suggests nearby words when nothing matches', () => {
    const out = runSearch(engine, { q: 'zokeepr', filters: noFilters() });
    expect(out.hits).toEqual([]);
    expect(didYouMean(engine, out.query).join(' ')).toContain('zookeeper');
  });
});

describe('odd input', () => {
  it.each([
    ['regex characters', '.*(a+)+[\\d]{2}$ ^|?'],
    ['emoji', '🔥🔥🔥'],
    ['right-to-left text', 'שרת נפל خادم'],
    ['only spaces', '     '],
  ])('survives %s', (_, q) => {
    expect(() => runSearch(engine, { q, filters: noFilters() })).not.toThrow();
  });
  it('treats only spaces as no query (everything, newest first)', () => {
    expect(runSearch(engine, { q: '   ', filters: noFilters() }).hits.map((h) => h.record.id)).toEqual(
      corpus.incidents.map((i) => i.id),
    );
  });
  it('reports emoji-only input as having no words', () => {
    const out = runSearch(engine, { q: '🔥🔥', filters: noFilters() });
    expect(out.noWords).toBe(true);
    expect(out.hits).toEqual([]);
  });
  it('never throws on any string, however long', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (q) => {
        runSearch(engine, { q, filters: noFilters() });
      }),
      { numRuns: 200 },
    );
    expect(() => runSearch(engine, { q: 'x'.repeat(5000), filters: noFilters() })).not.toThrow();
  });
});

describe('body index', () => {
  it('leaves out words found in more than a fifth of a large corpus, and keeps rarer ones', async () => {
    const { commonBodyWords } = await import('./engine');
    const texts = Array.from({ length: 1000 }, (_, i) => ({
      text: `outage ${i % 10 === 0 ? 'regex' : 'other'} ${i < 300 ? 'fleet' : ''}`,
    }));
    expect([...commonBodyWords(texts)].sort()).toEqual(['other', 'outage', 'fleet'].sort());
  });
  it('drops nothing from a corpus the size of the real one', async () => {
    const { commonBodyWords } = await import('./engine');
    expect([...commonBodyWords(Array.from({ length: 35 }, () => ({ text: 'outage everywhere' })))]).toEqual([]);
  });
});
