/**
 * MiniSearch's radix tree of indexed words (a SearchableMap), which MiniSearch keeps in a field it
 * does not expose: prefix completion (expansions.ts), answering ahead (ahead.ts), scoring
 * (scoring.ts) and shard loading (shards.ts) read or fill it through this one view.
 */
import type MiniSearch from 'minisearch';

/** One word's postings: field id → document number → term frequency. */
export type Postings = Map<number, Map<number, number>>;

/** The parts of MiniSearch's word tree that Faultline uses. */
export interface WordTree {
  get(term: string): Postings | undefined;
  set(term: string, postings: Postings): void;
  /** The words starting with `prefix` (capped by limitExpansions once it is applied). */
  atPrefix(prefix: string): Iterable<[string, Postings]>;
  fuzzyGet(term: string, distance: number): Map<string, [Postings, number]>;
  /** Every word, uncapped. */
  entries(): Iterable<[string, Postings]>;
  readonly size: number;
}

/** The word tree of an index (the same object MiniSearch searches: changes to it are the index's). */
export function wordTree(index: MiniSearch): WordTree {
  return (index as unknown as { _index: WordTree })._index;
}

/** The number of documents a word occurs in, by the field where it is most widespread. */
export function spread(postings: Postings): number {
  let n = 0;
  for (const docs of postings.values()) n = Math.max(n, docs.size);
  return n;
}
