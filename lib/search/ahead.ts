/**
 * Answering ahead of the reader. Chromium runs nothing but input and rendering between a keystroke
 * and the frame that shows it (its scheduler defers every other task of the page, a worker's reply
 * included, to after that frame), so an answer that comes from the worker always lands a frame late.
 * While the reader is between keystrokes, the worker answers the queries one more keystroke is
 * likeliest to make, and the page keeps those answers: a keystroke that makes one of them renders
 * its answer at once, in its own event. Which keystrokes are likely comes from the index itself:
 * the letters that continue the word being typed into indexed words, weighted by how many incidents
 * use those words.
 */
import type { Engine } from './engine';
import type { Filters } from './facets';
import { spread, wordTree, type WordTree as Tree } from './word-tree';
import { foldCase } from './normalize';
import { compareCodeUnits } from './order';

/** Per tree: its size when last counted, and character weights counted over all its words. */
interface Counted {
  size: number;
  /** First character of each word → summed spread of those words. */
  firsts: Map<string, number>;
  /** A character → the characters that follow it inside words, with summed spread. */
  follows: Map<string, Map<string, number>>;
}
const counted = new WeakMap<Tree, Counted>();

const add = (m: Map<string, number>, c: string, w: number) => m.set(c, (m.get(c) ?? 0) + w);

/**
 * The tree's character statistics, counted again only once it has grown by a tenth (in the browser
 * its words arrive shard by shard; counting is a pass over every word).
 */
function countedOf(tree: Tree): Counted {
  const known = counted.get(tree);
  if (known && tree.size <= known.size * 1.1) return known;
  const firsts = new Map<string, number>();
  const follows = new Map<string, Map<string, number>>();
  for (const [word, postings] of tree.entries()) {
    const w = spread(postings);
    const chars = [...word];
    add(firsts, chars[0]!, w);
    for (let i = 1; i < chars.length; i++) {
      let next = follows.get(chars[i - 1]!);
      if (!next) follows.set(chars[i - 1]!, (next = new Map()));
      add(next, chars[i]!, w);
    }
  }
  const made = { size: tree.size, firsts, follows };
  counted.set(tree, made);
  return made;
}

/** The characters that continue `prefix` (folded) into indexed words, weighted by the words' spread. */
function continuations(tree: Tree, prefix: string): Map<string, number> {
  const weights = new Map<string, number>();
  // atPrefix is capped to the most widespread completions (expansions.ts): the likely ones.
  for (const [word, postings] of tree.atPrefix(prefix)) {
    if (word.length <= prefix.length) continue;
    add(weights, String.fromCodePoint(word.codePointAt(prefix.length)!), spread(postings));
  }
  return weights;
}

/** Characters by weight, heaviest first (ties in code-unit order, so the order is stable). */
function ranked(maps: Map<string, number>[]): string[] {
  const all = new Map<string, number>();
  for (const m of maps) for (const [c, w] of m) add(all, c, w);
  return [...all].sort((a, b) => b[1] - a[1] || compareCodeUnits(a[0], b[0])).map(([c]) => c);
}

/**
 * The characters that start the word following `word` (folded) in these texts, by how often: the
 * reader refining a query often types the next word of a phrase the results show ("thread" →
 * "thread limit").
 */
function followers(texts: readonly string[], word: string): Map<string, number> {
  const weights = new Map<string, number>();
  if (word === '') return weights;
  for (const text of texts) {
    const words = foldCase(text).split(/[^\p{L}\p{N}]+/u);
    for (let i = 0; i + 1 < words.length; i++)
      if (words[i] === word && words[i + 1] !== '')
        add(weights, String.fromCodePoint(words[i + 1]!.codePointAt(0)!), 1);
  }
  return weights;
}

const isUpper = (c: string) => c !== c.toLowerCase() && c === c.toUpperCase();
/** Scripts written without spaces between words: a new word can start at any character. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]$/u;

/**
 * The queries the reader's next keystroke most likely makes of `q`, likeliest first, at most `max`:
 * `q` with a space (the same answer as `q`), then `q` with each character that continues its last
 * word into indexed words, by the number of incidents using those words; when too few do (a word
 * mistyped or not in the corpus), the characters that most often follow its last one inside words;
 * in an empty box, after a space or after a character of an unspaced script, the characters that
 * start words — after a space, first those starting the word that follows the last one in `shown`
 * (the texts of the results on screen). A word with a capital in it is continued in both cases.
 * Reads only the words already loaded into the engine's indexes.
 */
export function nextQueries(engine: Engine, q: string, max: number, shown: readonly string[] = []): string[] {
  if (max <= 0) return [];
  const trees = [engine.short.index, ...(engine.body ? [engine.body.index] : [])].map(wordTree);
  // Character statistics come from the short fields' words (titles, summaries, names): a far
  // smaller vocabulary than the body's, so the pass over them stays cheap.
  const stats = countedOf(trees[0]!);
  const last = /(\S*)$/u.exec(q)![1]!;
  const folded = foldCase(last);
  const lastChar = [...folded].at(-1);
  // After a space, the words that follow the previous one in the results shown come first.
  const before = last === '' ? foldCase(/(\S+)\s+$/u.exec(q)?.[1] ?? '') : '';
  const chars =
    last === ''
      ? [...ranked([followers(shown, before)]), ...ranked([stats.firsts])]
      : [
          ...ranked(trees.map((t) => continuations(t, folded))),
          ...ranked([stats.follows.get(lastChar!) ?? new Map<string, number>()]),
          ...(UNSPACED.test(folded) ? ranked([stats.firsts]) : []),
        ];
  // Capitals: at the start of a query, or in a word that already has one.
  const cased = q === '' || [...last].some(isUpper);
  const lastUpper = last !== '' && isUpper([...last].at(-1)!);
  const out = new Set<string>(last === '' ? [] : [`${q} `]);
  for (const c of chars) {
    if (out.size >= max) break;
    const both = cased ? (lastUpper ? [c.toUpperCase(), c] : [c, c.toUpperCase()]) : [c];
    for (const v of both) out.add(q + v);
  }
  return [...out].slice(0, max);
}

/** The key of one question (query, filters, number of results asked for): equal keys, equal answers. */
export function answerKey(q: string, filters: Filters, limit: number): string {
  return JSON.stringify([q, filters, limit]);
}
