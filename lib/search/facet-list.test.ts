import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { byCountThenLabel, FACET_TOP, visibleValues } from './facet-list';

const collator = new Intl.Collator('en');
const countsOf = (entries: Record<string, number>) => new Map(Object.entries(entries));

describe('byCountThenLabel', () => {
  it('puts the most matches first and breaks ties by label, not by value', () => {
    const counts = countsOf({ a: 1, b: 3, c: 1, d: 0 });
    const label = (v: string) => ({ a: 'Zeta', b: 'Beta', c: 'alpha', d: 'Delta', e: 'Echo' })[v] ?? v;
    expect(byCountThenLabel(['a', 'b', 'c', 'd', 'e', 'a'], counts, label, collator)).toEqual([
      'b',
      'c',
      'a',
      'd',
      'e',
    ]);
  });
  it('compares labels as the collator does (accents and case, not code points)', () => {
    const counts = countsOf({});
    const out = byCountThenLabel(['Zürich', 'zebra', 'Émile', 'eagle'], counts, (v) => v, collator);
    expect(out).toEqual(['eagle', 'Émile', 'zebra', 'Zürich']);
  });
});

describe('visibleValues', () => {
  const order = Array.from({ length: 12 }, (_, i) => `v${i}`);
  // v0 has the most matches … v9 the fewest; v10 and v11 have none.
  const counts = new Map(order.slice(0, 10).map((v, i) => [v, 10 - i]));

  it('folded, lists the top values with matches only', () => {
    expect(visibleValues(order, counts, [], false, 8)).toEqual({
      values: order.slice(0, 8),
      withMatches: 10,
      folded: true,
    });
  });
  it('expanded, lists every value with matches', () => {
    expect(visibleValues(order, counts, [], true, 8)).toEqual({
      values: order.slice(0, 10),
      withMatches: 10,
      folded: false,
    });
  });
  it('keeps a chosen value beyond the top in its place, and a chosen one without matches', () => {
    const got = visibleValues(order, counts, ['v11', 'v9'], false, 8);
    expect(got.values).toEqual([...order.slice(0, 8), 'v9', 'v11']);
    expect(got.folded).toBe(true);
  });
  it('adds a chosen value the order does not have at the end', () => {
    expect(visibleValues(order, counts, ['gone'], false, 8).values).toEqual([...order.slice(0, 8), 'gone']);
  });
  it('is not folded when no more than the limit have matches', () => {
    expect(visibleValues(order, counts, [], false, 10)).toEqual({
      values: order.slice(0, 10),
      withMatches: 10,
      folded: false,
    });
  });
  it('defaults to the page limit', () => {
    expect(visibleValues(order, counts, [], false).values).toHaveLength(FACET_TOP);
  });

  it('always lists every chosen value, never more than the limit of the others when folded, all when expanded', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.constantFrom(...'abcdefghijklmnop'), { maxLength: 16 }),
        fc.array(fc.nat({ max: 3 }), { minLength: 16, maxLength: 16 }),
        fc.subarray([...'abcdefghijklmnopqr']),
        fc.boolean(),
        fc.nat({ max: 12 }),
        (ord, ns, chosen, expanded, limit) => {
          const cs = new Map(ord.map((v, i) => [v, ns[i] ?? 0]));
          const { values, withMatches, folded } = visibleValues(ord, cs, chosen, expanded, limit);
          const matched = ord.filter((v) => (cs.get(v) ?? 0) > 0);
          expect(withMatches).toBe(matched.length);
          expect(new Set(values).size).toBe(values.length);
          for (const v of chosen) expect(values).toContain(v);
          const others = values.filter((v) => !chosen.includes(v));
          for (const v of others) expect(matched).toContain(v);
          if (folded) {
            expect(expanded).toBe(false);
            expect(others.length).toBeLessThanOrEqual(limit);
            expect(values).toEqual(expect.arrayContaining(matched.slice(0, limit)));
          } else expect(values).toEqual(expect.arrayContaining(matched));
          // Values the order has keep its order.
          const known = values.filter((v) => ord.includes(v));
          expect(known).toEqual(ord.filter((v) => known.includes(v)));
        },
      ),
    );
  });
});
