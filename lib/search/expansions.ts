/**
 * A cap on prefix completion, as search engines put one (Elasticsearch's `max_expansions`): a last
 * word still being typed is completed to at most MAX_EXPANSIONS indexed words, those found in the
 * most incidents. Three letters of a common start ("con", "tra") reach hundreds of words at 10,000
 * incidents, and scoring every one of them was most of a keystroke's work; the rare completions
 * cut off are the ones least likely to be meant.
 */
import type MiniSearch from 'minisearch';
import { compareCodeUnits } from './order';
import { spread, wordTree, type WordTree } from './word-tree';

/** Most words one prefix is completed to (besides the prefix itself when it is a word). */
export const MAX_EXPANSIONS = 50;

/**
 * Makes the index complete a prefix to at most `max` words: the most widespread first, ties in
 * alphabetical order, so the same words are chosen whatever order the index was filled in.
 * Changes only prefix completion (MiniSearch reads completions through `atPrefix`).
 */
export function limitExpansions(index: MiniSearch, max = MAX_EXPANSIONS): void {
  // MiniSearch's prefix search reads the completions from its word tree's atPrefix.
  const tree = wordTree(index);
  const atPrefix = tree.atPrefix.bind(tree);
  tree.atPrefix = (prefix): ReturnType<WordTree['atPrefix']> => {
    const all = [...atPrefix(prefix)];
    if (all.length <= max + 1) return all;
    const exact = all.filter(([w]) => w === prefix);
    const ranked = all
      .filter(([w]) => w !== prefix)
      .map((e) => ({ e, n: spread(e[1]) }))
      .sort((a, b) => b.n - a.n || compareCodeUnits(a.e[0], b.e[0]))
      .slice(0, max)
      .map((x) => x.e);
    return [...exact, ...ranked];
  };
}
