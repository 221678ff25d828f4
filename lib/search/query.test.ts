import fc from 'fast-check';
import type { SearchResult } from 'minisearch';
import { describe, expect, it } from 'vitest';
import { getCorpus } from '../corpus';
import { BODY_WEIGHT, FIELD_BOOST, searchOptions } from './config';
import { createEngine, knows, shortDoc, termKey, withBody } from './engine';
import { noFilters } from './facets';
import { bodyJson, searchSource } from './files';
import { indexTokens, tokenize } from './normalize';
import { hitFields, matchQuery, runSearch } from './query';
import { readJudgments } from './relevance/judgments';
import { buildCoreFile, incidentText } from './records';
import { didYouMean, termOffers } from './suggest';
import { whyMatched } from './why';

const corpus = getCorpus();
const core = buildCoreFile(searchSource(corpus));
const coreOnly = createEngine(core);
const engine = withBody(coreOnly, bodyJson(corpus));
const search = (q: string, e = engine) => runSearch(e, { q, filters: noFilters() });
const ids = (q: string, e = engine) => search(q, e).hits.map((h) => h.id);
const top = (q: string, n = 3, e = engine) => ids(q, e).slice(0, n);

/**
 * The words each incident has, worked out independently of MiniSearch: its own text, title,
 * summary lead, organisation names and the names and other names of its tags — never a definition.
 */
const ownWords = new Map(
  corpus.incidents.map((inc) => {
    const rec = core.records.find((r) => r.id === inc.id)!;
    const doc = shortDoc(rec, coreOnly.termById, coreOnly.orgName);
    const text = [
      incidentText(inc),
      ...Object.entries(doc)
        .filter(([k]) => k !== 'id')
        .map(([, v]) => v),
    ].join(' ');
    return [inc.id, new Set(indexTokens(text))] as const;
  }),
);
/** Incidents that have every word of an exact query (no typo, no completion needed). */
const trulyMatching = (q: string) =>
  corpus.incidents
    .filter((inc) => tokenize(q).every((w) => ownWords.get(inc.id)!.has(w)))
    .map((i) => i.id)
    .sort();

describe('several words mean all of them', () => {
  it.each(['config push', 'leap second', 'cascading failure', 'power outage', 'rate limit', 'dns', 'human error'])(
    '"%s" matches exactly the incidents that have every word',
    (q) => {
      const out = search(q);
      if (out.partial) expect(trulyMatching(q)).toEqual([]);
      else expect(out.hits.map((h) => h.id).sort()).toEqual(trulyMatching(q));
    },
  );
  it('says so when no incident has them all, and returns partial matches marked as such', () => {
    // Each word is in the corpus, but no single incident has both.
    const out = search('knight zookeeper');
    expect(trulyMatching('knight zookeeper')).toEqual([]);
    expect(out.partial).toBe(true);
    expect(out.matchedBeforeFilters).toBe(0);
    expect(out.hits.length).toBeGreaterThan(0);
    expect(out.hits.every((h) => h.found.length < out.terms.length)).toBe(true);
    expect(ids('knight zookeeper')).toContain('knight-capital-2012');
    expect(ids('knight zookeeper')).toContain('pagerduty-zookeeper-poison-packet-2014');
  });
  it('ranks the phrase as typed above the words apart', () => {
    expect(top('thread limit', 1)).toEqual(['aws-kinesis-us-east-1-2020']);
    expect(top('poison packet', 1)).toEqual(['pagerduty-zookeeper-poison-packet-2014']);
  });
});

describe('typo tolerance', () => {
  it.each([
    ['kinesys', 'aws-kinesis-us-east-1-2020'],
    ['zookeper', 'pagerduty-zookeeper-poison-packet-2014'],
    ['cloudfare waf', 'cloudflare-waf-regex-2019'],
  ])('"%s" still finds %s', (q, id) => {
    expect(top(q)).toContain(id);
  });
  it('finds names with typos before the body index has loaded', () => {
    expect(top('zookeper', 3, coreOnly)).toContain('pagerduty-zookeeper-poison-packet-2014');
  });
  it.each(['clock', 'rate', 'fire', 'block', 'race', 'file'])(
    'never bends "%s", a short word or one the corpus has as typed',
    (q) => {
      const out = search(q);
      for (const h of out.hits) expect(ownWords.get(h.id)!.has(q)).toBe(true);
    },
  );
  it('completes only the word being typed', () => {
    expect(top('thread lim')).toContain('aws-kinesis-us-east-1-2020');
  });
});

describe('what is indexed', () => {
  it('never ships or indexes the definition of a tag', () => {
    const json = JSON.stringify(core);
    const defs = [
      ...corpus.tax.classes.flatMap((c) => [c.definition, ...c.types.map((t) => t.definition)]),
      ...searchSource(corpus).technologies.map((t) => t.definition),
      ...corpus.glossary.map((g) => g.definition),
    ];
    for (const d of defs) expect(json).not.toContain(JSON.stringify(d).slice(1, -1));
    // "transmission" is in Link cut's definition only; Comcast (tagged Link cut) does not use the word.
    expect(ownWords.get('comcast-backbone-fiber-cuts-2018')!.has('transmission')).toBe(false);
    expect(ids('transmission')).not.toContain('comcast-backbone-fiber-cuts-2018');
  });
  it('finds operator actions for "human error" and "manual mistake" (aka of Operator action)', () => {
    const tagged = corpus.incidents.filter((i) => i.faults.some((f) => f.type === 'operator-action')).map((i) => i.id);
    expect(tagged).toEqual(expect.arrayContaining(['aws-s3-us-east-1-2017', 'gitlab-database-deletion-2017']));
    for (const q of ['human error', 'manual mistake']) {
      const first = top(q, tagged.length);
      expect(first.every((id) => tagged.includes(id))).toBe(true);
    }
    expect(top('human error', tagged.length)).toEqual(
      expect.arrayContaining(['aws-s3-us-east-1-2017', 'gitlab-database-deletion-2017']),
    );
  });
  it('finds configuration changes for "misconfiguration" and "bad config"', () => {
    const tagged = corpus.incidents.filter((i) => i.faults.some((f) => f.type === 'config-change')).map((i) => i.id);
    for (const q of ['misconfiguration', 'bad config', 'config push'])
      expect(ids(q)).toEqual(expect.arrayContaining(tagged));
  });
  it('finds a facet value: "metastable" finds the incidents whose propagation is metastable', () => {
    const meta = corpus.incidents.filter((i) => i.propagation.includes('metastable')).map((i) => i.id);
    expect(meta.length).toBeGreaterThan(0);
    expect(ids('metastable')).toEqual(expect.arrayContaining(meta));
  });
  it('finds the incidents that use a glossary term by its other name, and offers the term', () => {
    const users = corpus.incidents.filter((i) => i.terms.includes('metastable-failure')).map((i) => i.id);
    expect(ids('metastability')).toEqual(expect.arrayContaining(users));
    expect(termOffers(engine, search('metastability').query).map((o) => o.href)).toContain(
      '/learn/glossary/m-z/#term-metastable-failure',
    );
  });
  it('says why a result matched, naming the tag', () => {
    const hit = search('resource exhaustion').hits.find((h) => h.id === 'aws-kinesis-us-east-1-2020')!;
    expect(whyMatched(engine, hit)).toContain('fault type: Resource exhaustion (root)');
    const human = search('human error').hits.find((h) => h.id === 'aws-s3-us-east-1-2017')!;
    expect(hitFields(human)).toContain('faults');
    expect(whyMatched(engine, human).join(' ')).toContain('Operator action');
  });
});

describe('identifiers', () => {
  it('a hyphenated region matches only incidents with that whole token', () => {
    const hits = ids('us-east-1');
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.sort()).toEqual(trulyMatching('us-east-1'));
  });
  it('a region no incident mentions matches nothing, not its parts', () => {
    const out = search('eu-north-7');
    expect(out.hits).toEqual([]);
    expect(out.partial).toBe(false);
  });
  it('the parts of an identifier still find it', () => {
    expect(ids('east')).toEqual(expect.arrayContaining(trulyMatching('us-east-1')));
  });
});

describe('term pages and suggestions', () => {
  it('offers the fault type page when the query names it, typo or not', () => {
    for (const q of ['resource exhaustion', 'resorce exhaustion']) {
      expect(termOffers(engine, search(q).query).map((o) => o.label)).toContain('Fault type: Resource exhaustion');
    }
  });
  it('offers the fault type page for one of its other names', () => {
    expect(termOffers(engine, search('human error').query).map((o) => o.href)).toContain('/faults/operator-action/');
  });
  it('offers a technology page by name or other name, and finds incidents tagged with it', () => {
    expect(termOffers(engine, search('k8s').query).map((o) => o.href)).toContain('/technologies/kubernetes/');
    const tagged = corpus.incidents.filter((i) => i.technologies.includes('kubernetes')).map((i) => i.id);
    expect(tagged.length).toBeGreaterThan(0);
    expect(ids('k8s')).toEqual(expect.arrayContaining(tagged));
  });
  it('offers the goal page for "scalability"', () => {
    expect(termOffers(engine, search('scalability').query)[0]?.href).toBe('/goals/scalability/');
  });
  it('suggests queries that have results when nothing matches', () => {
    const out = search('zokeepr');
    expect(out.hits).toEqual([]);
    const tries = didYouMean(engine, out.query);
    expect(tries.join(' ')).toContain('zookeeper');
    for (const t of tries) expect(search(t).hits.length).toBeGreaterThan(0);
    expect(new Set(tries.map((t) => t.toLowerCase())).size).toBe(tries.length);
  });
});

describe('facets', () => {
  it('filters by goal and counts the other goals over the query matches', () => {
    const out = runSearch(engine, { q: 'thread limit', filters: { ...noFilters(), goal: ['scalability'] } });
    expect(out.hits.every((h) => engine.records.get(h.id)!.goals.includes('scalability'))).toBe(true);
    expect(out.counts!.goal.get('availability') ?? 0).toBe(
      search('thread limit').hits.filter((h) => engine.records.get(h.id)!.goals.includes('availability')).length,
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
    expect(out.hits.map((h) => h.id).sort()).toEqual(expected.sort());
  });
  it('counts technologies as a facet, labelled from the vocabulary', () => {
    const out = search('');
    for (const inc of corpus.incidents)
      for (const t of inc.technologies)
        expect(out.counts!.tech.get(t)).toBe(corpus.incidents.filter((i) => i.technologies.includes(t)).length);
    for (const t of searchSource(corpus).technologies)
      expect(engine.termById.get(termKey('technology', t.id))).toBeDefined();
  });
});

describe('odd input', () => {
  it.each([
    ['regex characters', '.*(a+)+[\\d]{2}$ ^|?'],
    ['emoji', '🔥🔥🔥'],
    ['right-to-left text', 'שרת נפל خادم'],
    ['only spaces', '     '],
  ])('survives %s', (_, q) => {
    expect(() => search(q)).not.toThrow();
  });
  it('treats only spaces as no query (everything, newest first)', () => {
    expect(ids('   ')).toEqual(corpus.incidents.map((i) => i.id));
  });
  it('reports emoji-only input as having no words', () => {
    const out = search('🔥🔥');
    expect(out.noWords).toBe(true);
    expect(out.hits).toEqual([]);
  });
  it('never throws on any string, however long', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (q) => {
        search(q);
      }),
      { numRuns: 200 },
    );
    expect(() => search('x'.repeat(5000))).not.toThrow();
  });
});

describe('ranking', () => {
  /**
   * The ranked hits of a query worked out from MiniSearch's own search results: each incident's
   * short-field score plus BODY_WEIGHT times its body score, the AND rule, then most words, score
   * and newest first — what matchQuery must give, whatever it scores with.
   */
  function fromMiniSearch(terms: readonly string[]) {
    const known = (t: string) => knows(engine, t);
    const acc = new Map<string, { id: string; score: number; matches: object[]; found: Set<string> }>();
    const add = (results: SearchResult[], weight: number) => {
      for (const r of results) {
        const id = String(r.id);
        const a = acc.get(id) ?? { id, score: 0, matches: [], found: new Set<string>() };
        acc.set(id, a);
        a.score += r.score * weight;
        a.matches.push(r.match);
        for (const t of r.queryTerms) a.found.add(t);
      }
    };
    add(engine.short.index.search(terms.join(' '), searchOptions(known, FIELD_BOOST)), 1);
    add(engine.body!.index.search(terms.join(' '), searchOptions(known)), BODY_WEIGHT);
    const all = [...acc.values()].map((a) => ({ ...a, found: terms.filter((t) => a.found.has(t)) }));
    const full = all.filter((a) => a.found.length === terms.length);
    const rank = (id: string) => engine.rank.get(id)!;
    return (full.length > 0 ? full : all).sort(
      (a, b) => b.found.length - a.found.length || b.score - a.score || rank(a.id) - rank(b.id),
    );
  }

  it('ranks every judged query, and each of its first letters, as MiniSearch scores and matches them', () => {
    const queries = readJudgments().flatMap((j) => Array.from(j.q, (_, i) => j.q.slice(0, i + 1)));
    let hits = 0;
    for (const q of queries) {
      const m = matchQuery(engine, q);
      if (m.terms.length === 0) continue;
      const expected = fromMiniSearch(m.terms);
      expect(
        m.ranked.map((h) => h.id),
        q,
      ).toEqual(expected.map((h) => h.id));
      m.ranked.forEach((h, i) => {
        const e = expected[i]!;
        expect(h.score, q).toBe(e.score);
        expect(h.found, q).toEqual(e.found);
        // The matched words in the same order: hitWords and hitFields (the cards) read them in it.
        expect(
          h.matches.map((x) => Object.entries(x)),
          q,
        ).toEqual(e.matches.map((x) => Object.entries(x)));
      });
      hits += m.ranked.length;
    }
    expect(hits).toBeGreaterThan(5_000);
  });
});
