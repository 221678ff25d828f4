import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { spread, wordTree } from './word-tree';

describe("MiniSearch's word tree", () => {
  const index = new MiniSearch({ fields: ['title', 'body'] });
  index.addAll([
    { id: 1, title: 'leap second', body: 'second' },
    { id: 2, title: 'leap day', body: 'leap' },
    { id: 3, title: 'seconds', body: 'second second' },
  ]);
  const tree = wordTree(index);

  it('is the index’s own: every indexed word with its postings, and what MiniSearch searches', () => {
    expect([...tree.entries()].map(([w]) => w).sort()).toEqual(['day', 'leap', 'second', 'seconds']);
    expect(tree.size).toBe(4);
    expect([...tree.atPrefix('sec')].map(([w]) => w).sort()).toEqual(['second', 'seconds']);
    // A word set in the tree is found by the index's search.
    tree.set('outage', new Map([[0, new Map([[0, 1]])]]));
    expect(index.search('outage').map((r) => r.id)).toEqual([1]);
  });

  it('gives a word’s spread: the documents it is in, by its most widespread field', () => {
    // "second": title of 1; body of 1 and 3 (twice in 3).
    expect(spread(tree.get('second')!)).toBe(2);
    // "leap": title of 1 and 2, body of 2.
    expect(spread(tree.get('leap')!)).toBe(2);
    expect(spread(tree.get('day')!)).toBe(1);
  });
});
