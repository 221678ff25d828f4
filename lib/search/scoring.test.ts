import MiniSearch, { type SearchOptions } from 'minisearch';
import { describe, expect, it } from 'vitest';
import { makeRng } from '../random/seeded';
import { limitExpansions } from './expansions';
import { searchScored, setFieldLength } from './scoring';

// Words sharing starts and near spellings, so prefixes and typos reach several of them.
const VOCABULARY =
  'con cone conf config configs configure conflict connect connection consul contain container cont count counter court cot cat chat thread threads threat throttle through throw thrown rate race rack track trace trade'.split(
    ' ',
  );
const FIELDS = ['title', 'lead', 'body'];

/** A seeded index of `size` documents of random words in three fields of different lengths. */
function randomIndex(seed: number, size: number) {
  const rand = makeRng(seed);
  const pick = () => VOCABULARY[Math.floor(rand() * VOCABULARY.length)]!;
  const text = (n: number) => Array.from({ length: 1 + Math.floor(rand() * n) }, pick).join(' ');
  const index = new MiniSearch({ fields: FIELDS });
  // Ids as strings, not in document order, and one field left empty now and then.
  index.addAll(
    Array.from({ length: size }, (_, i) => ({
      id: `d${(i * 7919) % size}`,
      title: text(4),
      lead: rand() < 0.2 ? '' : text(12),
      body: text(60),
    })),
  );
  return { index, rand, pick };
}

/** The options the engine searches with (config.ts searchOptions), varied by the seed. */
function randomOptions(rand: () => number): SearchOptions {
  return {
    boost: rand() < 0.5 ? { title: 4, lead: 1.5 } : {},
    tokenize: (t) => t.split(' ').filter(Boolean),
    processTerm: (t) => t,
    fuzzy: (term) => (term.length >= 5 ? (rand() < 0.5 ? 1 : 2) : false),
    prefix: (term, i, terms) => i === terms.length - 1 && term.length >= 3,
    combineWith: 'OR',
    maxFuzzy: 2,
    weights: { fuzzy: 0.5, prefix: 0.4 },
  };
}

/** searchScored's answer in MiniSearch's result shape, keyed by id. */
function scoredById(index: MiniSearch, q: string, options: SearchOptions) {
  const s = searchScored(index, q, options);
  return new Map(
    s.docs.map((doc, j) => [
      s.idOf(doc),
      { score: s.scores[j], match: s.matchOf(doc), terms: s.terms.filter((_, i) => s.has(j, i)) },
    ]),
  );
}

/** Expects searchScored to give every document MiniSearch's search gives, with the same score, match and query words. */
function expectSame(index: MiniSearch, q: string, options: SearchOptions) {
  // One random draw per option call: replay the same draws for both searches.
  const ours = scoredById(index, q, options);
  const theirs = index.search(q, options);
  expect([...ours.keys()].sort()).toEqual(theirs.map((r) => r.id).sort());
  for (const r of theirs) {
    const o = ours.get(r.id)!;
    expect(o.score).toBe(r.score);
    expect(o.match).toEqual(r.match);
    // The matched words in the same key order (hitWords and hitFields read them in that order).
    expect(Object.keys(o.match)).toEqual(Object.keys(r.match));
    expect(Object.values(o.match)).toEqual(Object.values(r.match));
    expect([...o.terms].sort()).toEqual([...r.queryTerms].sort());
  }
  return theirs.length;
}

/** Options whose random choices are fixed per word, so two searches see the same ones. */
function fixedOptions(seed: number): SearchOptions {
  const o = randomOptions(makeRng(seed));
  const fuzzy = new Map<string, number | false>();
  const f = o.fuzzy as (t: string, i: number, ts: string[]) => number | false;
  return { ...o, fuzzy: (t, i, ts) => (fuzzy.has(t) ? fuzzy.get(t)! : (fuzzy.set(t, f(t, i, ts)), fuzzy.get(t)!)) };
}

describe('searchScored', () => {
  it('scores, matches and names the query words of every document as MiniSearch search does, on seeded random indexes', () => {
    let compared = 0;
    for (let seed = 1; seed <= 12; seed++) {
      // Sizes up and down: the working arrays kept between searches must not leak from one to the next.
      const { index, rand, pick } = randomIndex(seed, 100 + ((seed * 137) % 300));
      if (seed % 2 === 0) limitExpansions(index, 3);
      for (let q = 0; q < 15; q++) {
        const words = Array.from({ length: 1 + Math.floor(rand() * 3) }, () => {
          const w = pick();
          // Cut words (prefixes being typed), misspellings and words the index lacks.
          const r = rand();
          return r < 0.3 ? w.slice(0, 3 + Math.floor(rand() * 2)) : r < 0.45 ? `${w}x` : r < 0.5 ? 'zzzz' : w;
        });
        compared += expectSame(index, words.join(' '), fixedOptions(seed * 100 + q));
      }
    }
    expect(compared).toBeGreaterThan(10_000);
  });

  it('counts a query word given twice once, as MiniSearch does, while scoring it twice', () => {
    const { index } = randomIndex(7, 120);
    expect(expectSame(index, 'thread con thread', fixedOptions(1))).toBeGreaterThan(0);
  });

  it('works on an index a document was removed from', () => {
    const { index } = randomIndex(3, 120);
    const doc = { id: 'extra', title: 'thread', lead: 'connection', body: 'rate limit' };
    index.add(doc);
    index.remove(doc);
    expect(expectSame(index, 'thread conn', fixedOptions(2))).toBeGreaterThan(0);
  });

  it('reads field lengths set in place (as a loaded shard sets them), before and after its first search', () => {
    const { index } = randomIndex(6, 120);
    const lengths = (index as unknown as { _fieldLength: Map<number, number[]> })._fieldLength;
    const double = () => {
      for (const [doc, l] of lengths) setFieldLength(index, doc, 2, l[2]! * 2 + 1);
    };
    // Once searched (its length columns are kept), then changed: the scores follow the new lengths.
    expectSame(index, 'thread conn', fixedOptions(4));
    double();
    expect(expectSame(index, 'thread conn', fixedOptions(4))).toBeGreaterThan(0);
    // Changed before any search.
    const fresh = randomIndex(7, 120).index;
    const freshLengths = (fresh as unknown as { _fieldLength: Map<number, number[]> })._fieldLength;
    for (const [doc, l] of freshLengths) setFieldLength(fresh, doc, 1, l[1]! + 3);
    expect(expectSame(fresh, 'thread conn', fixedOptions(4))).toBeGreaterThan(0);
  });

  it('answers nothing for a query without words', () => {
    const { index } = randomIndex(4, 50);
    expect(searchScored(index, '', fixedOptions(3)).docs).toEqual([]);
  });

  it('refuses what it does not mirror', () => {
    const { index } = randomIndex(5, 50);
    expect(() => searchScored(index, 'rate', { combineWith: 'AND' })).toThrow(/OR/);
    expect(() => searchScored(index, 'rate', { boostDocument: () => 2 })).toThrow(/boost/);
    index.discard('d1');
    expect(() => searchScored(index, 'rate')).toThrow(/discarded/);
  });
});
