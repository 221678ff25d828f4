import {
  BODY_WEIGHT,
  FIELD_BOOST,
  FIELD_LABELS,
  completes,
  processTerm,
  searchOptions,
  typoDistance,
  type MatchField,
} from './config';
import { docOf, knows, type Engine } from './engine';
import type { ShortDoc } from './config';
import type MiniSearch from 'minisearch';
import { searchScored, type Match, type Scored } from './scoring';
import { rankOrder } from './rank-order';
import { FACET_KEYS, countFacets, passes, type FacetCounts, type Filters } from './facets';
import { cleanQuery, compoundWords, type CleanQuery } from './normalize';
import { NAME_FIELDS, docTokens, pairsOf, type PhraseGroup } from './phrases';
import type { SearchState } from './url-state';

/** One result: the incident, its score, and the raw matches (read with hitFields / hitWords). */
export interface Hit {
  /** The incident's id (its record, once loaded, is engine.records.get(id)). */
  id: string;
  score: number;
  /**
   * What each index matched (short fields, then body). Worked out when first read, by a getter on
   * the hit's class for a searched hit: copy a hit by naming its fields, not with `{ ...hit }`.
   */
  matches: Match[];
  /**
   * The query words this incident has (all of them unless the outcome is partial). Hits with the
   * same words share one list: never change it in place.
   */
  found: string[];
}

/** Everything the page shows for a state. */
export interface SearchOutcome {
  query: CleanQuery;
  /** The searched words (the query's terms without stop words). */
  terms: string[];
  /** The query had characters but no searchable word (only emoji or punctuation, or only common words). */
  noWords: boolean;
  /**
   * No incident has every word, so `hits` are incidents with some of them (most words first).
   * They are not counted as matches.
   */
  partial: boolean;
  /** Results after facet filters, best first (newest first when there is no query). */
  hits: Hit[];
  /** How many incidents match the query before facet filters (0 when partial). */
  matchedBeforeFilters: number;
  /** Facet counts; undefined while the facet values are not loaded (the worker sends them later). */
  counts?: FacetCounts;
}

const isField = (f: string): f is MatchField => Object.hasOwn(FIELD_LABELS, f);

/** Fields a hit matched in, most matched words first. Computed for shown results only. */
export function hitFields(hit: Hit): MatchField[] {
  const n = new Map<MatchField, number>();
  for (const m of hit.matches)
    for (const fields of Object.values(m)) for (const f of fields) if (isField(f)) n.set(f, (n.get(f) ?? 0) + 1);
  return [...n.entries()].sort((a, b) => b[1] - a[1]).map(([f]) => f);
}

/** Indexed words a hit matched (after typo tolerance and completion), for highlighting. */
export function hitWords(hit: Hit): Set<string> {
  return new Set(hit.matches.flatMap((m) => Object.keys(m)));
}

/** How much a phrase found as typed multiplies a score, by where it is found. */
const PHRASE_BOOST = { names: 2, summary: 1.5 } as const;

/** Every incident a query's words reach, before the AND rule. */
interface Gathered {
  /** Incidents reached, by their position in `engine.ids`, in the order first reached. */
  positions: number[];
  /** Score by position (short fields plus BODY_WEIGHT times body). */
  score: Float64Array;
  /** How many of the query's words each position has. */
  foundCount: Int32Array;
  /** The hit of a reached position; its matches are worked out when first read. */
  hitAt(position: number): Hit;
}

// Each index's document numbers as positions in engine.ids (-1: not ranked; -2: not yet looked up),
// per ranking: a keystroke reaches thousands of documents, and their ids never change.
const positionsMemo = new WeakMap<MiniSearch, WeakMap<ReadonlyMap<string, number>, Int32Array>>();
function positionOf(engine: Engine, index: MiniSearch, scored: Scored, doc: number): number {
  let byRank = positionsMemo.get(index);
  if (!byRank) positionsMemo.set(index, (byRank = new WeakMap()));
  let at = byRank.get(engine.rank);
  if (!at || doc >= at.length) {
    const grown = new Int32Array(Math.max(doc + 1, index.documentCount, at?.length ?? 0)).fill(-2);
    if (at) grown.set(at);
    byRank.set(engine.rank, (at = grown));
  }
  if (at[doc] === -2) at[doc] = engine.rank.get(String(scored.idOf(doc))) ?? -1;
  return at[doc]!;
}

/**
 * Scores every incident any word reaches, short fields and (once loaded) bodies, noting which
 * words each has. The indexes score as MiniSearch's search does (scoring.ts), so a hit's score
 * is its short-field score plus BODY_WEIGHT times its body score, summed in that order.
 */
function gather(engine: Engine, terms: readonly string[]): Gathered {
  const known = (t: string) => knows(engine, t);
  const text = terms.join(' ');
  const n = engine.ids.length;
  const score = new Float64Array(n);
  const foundCount = new Int32Array(n);
  // found: one bit per query word, `width` 32-bit words per position.
  const width = Math.ceil(terms.length / 32);
  const found = new Uint32Array(n * width);
  const positions: number[] = [];
  const reached = new Uint8Array(n);
  // Per index searched (short fields, then body): its answer and each position's document in it.
  const searched: { scored: Scored; docAt: Int32Array }[] = [];
  const search = (index: MiniSearch, weight: number, boost?: Record<string, number>) => {
    const scored = searchScored(index, text, searchOptions(known, boost));
    const termAt = terms.map((t) => scored.terms.indexOf(t));
    const docAt = new Int32Array(n).fill(-1);
    scored.docs.forEach((doc, j) => {
      const p = positionOf(engine, index, scored, doc);
      if (p === -1) return;
      if (!reached[p]) {
        reached[p] = 1;
        positions.push(p);
      }
      docAt[p] = doc;
      // As the sum was written before: 0, plus the short-field score, plus the weighted body score.
      score[p] = score[p]! + scored.scores[j]! * weight;
      for (let i = 0; i < terms.length; i++) {
        const at = p * width + (i >> 5);
        const bit = 1 << (i & 31);
        if (termAt[i] !== -1 && scored.has(j, termAt[i]!) && !(found[at]! & bit)) {
          found[at] = found[at]! | bit;
          foundCount[p] = foundCount[p]! + 1;
        }
      }
    });
    searched.push({ scored, docAt });
  };
  search(engine.short.index, 1, FIELD_BOOST);
  if (engine.body) search(engine.body.index, BODY_WEIGHT);
  // Hits with the same words share their list of them.
  const foundLists = new Map<number | string, string[]>();
  const foundOf = (p: number) => {
    const bits = found.subarray(p * width, (p + 1) * width);
    const key = width === 1 ? bits[0]! : bits.join(' ');
    let list = foundLists.get(key);
    if (!list) foundLists.set(key, (list = terms.filter((_, i) => (bits[i >> 5]! & (1 << (i & 31))) !== 0)));
    return list;
  };
  const matchesAt = (p: number) => searched.filter((s) => s.docAt[p] !== -1).map((s) => s.scored.matchOf(s.docAt[p]!));
  const hitAt = (p: number): Hit => new SearchedHit(engine.ids[p]!, score[p]!, foundOf(p), () => matchesAt(p));
  return { positions, score, foundCount, hitAt };
}

/**
 * A hit whose matches are worked out when first read: a keystroke ranks thousands of hits and
 * shows twenty. A class, as an object with a getter of its own costs twenty times more to make.
 */
class SearchedHit implements Hit {
  #matches?: Match[];
  readonly #matchesOf: () => Match[];
  constructor(
    readonly id: string,
    public score: number,
    readonly found: string[],
    matchesOf: () => Match[],
  ) {
    this.#matchesOf = matchesOf;
  }
  get matches(): Match[] {
    return (this.#matches ??= this.#matchesOf());
  }
}

/**
 * The query words a search reaches, each as typed and with the typo distance and prefix rule
 * `searchOptions` applies to it — what a body index loaded in shards must have before searching.
 */
export function reachedTerms(engine: Engine, q: string): { term: string; distance: number; prefix: boolean }[] {
  const terms = searchedTerms(engine, cleanQuery(q).terms).filter((t) => processTerm(t) !== null);
  const known = (t: string) => knows(engine, t);
  return terms.map((term, i) => ({
    term,
    distance: typoDistance(term, known),
    prefix: i === terms.length - 1 && completes(term, known),
  }));
}

/**
 * The query's words as the engine searches them. A hyphenated compound is searched as its words
 * ("split-brain" finds "split brain" and "split-brain": the index holds a hyphenated word's parts
 * too, and the phrase boost ranks them first) — unless the corpus writes it only closed up, when the
 * closed form is searched ("fail-over" → "failover", not every text with "fail" and "over").
 * The vocabulary is complete before any body shard loads, so this needs no shard.
 */
function searchedTerms(engine: Engine, terms: readonly string[]): string[] {
  const out = terms.flatMap((t) => {
    const words = compoundWords(t);
    if (!words) return [t];
    const closed = words.join('');
    return !knows(engine, t) && knows(engine, closed) ? [closed] : words;
  });
  return [...new Set(out)];
}

/** True when `phrase` occurs as consecutive tokens of `tokens`. */
function hasPhrase(tokens: readonly string[], phrase: readonly string[]): boolean {
  outer: for (let i = 0; i + phrase.length <= tokens.length; i++) {
    for (let j = 0; j < phrase.length; j++) if (tokens[i + j] !== phrase[j]) continue outer;
    return true;
  }
  return false;
}

/** The phrase boost of one record: the query's words in order in its title or a tag name, or in its summary. */
function phraseBoost(doc: ShortDoc, phrase: readonly string[]): number {
  const t = docTokens(doc);
  if (t.names.some((toks) => hasPhrase(toks, phrase))) return PHRASE_BOOST.names;
  return hasPhrase(t.summary, phrase) ? PHRASE_BOOST.summary : 1;
}

/**
 * The phrase boost of a hit: from its record when loaded (always in Node); otherwise, in the
 * worker, from the pair index — exact for two words; longer phrases found in every pair need the
 * record (`phraseNeeds` names those).
 */
function phraseBoostOf(engine: Engine, hit: Hit, phrase: readonly string[]): number {
  if (!mayHavePhrase(hit, phrase)) return 1;
  const doc = docOf(engine, hit.id);
  if (doc) return phraseBoost(doc, phrase);
  const inPairs = pairsIn(engine, hit, phrase);
  if (phrase.length === 2) return inPairs.names ? PHRASE_BOOST.names : inPairs.summary ? PHRASE_BOOST.summary : 1;
  if (!inPairs.names && !inPairs.summary) return 1;
  throw new Error(`search: the record of ${hit.id} is needed for the phrase check`);
}

/** Whether every pair of adjacent phrase words is in the hit's name fields, and in its summary (the pair index must be loaded). */
function pairsIn(engine: Engine, hit: Hit, phrase: readonly string[]): Record<PhraseGroup, boolean> {
  const { phrases } = engine;
  if (!phrases) throw new Error(`search: the record of ${hit.id} is needed for the phrase check`);
  const pairs = pairsOf(phrase);
  const all = (g: PhraseGroup) => pairs.every((p) => phrases.has(p, g, hit.id));
  return { names: all('names'), summary: all('summary') };
}

/**
 * Whether a hit can hold the phrase at all: some name field, or the summary, has every indexed
 * word of the phrase as typed (a word in a field's words is always among its indexed words, so a
 * hit failing this has no phrase there). Only hits passing it need their record read.
 */
function mayHavePhrase(hit: Hit, phrase: readonly string[]): boolean {
  const words = phrase.filter((w) => processTerm(w) !== null);
  const fieldsOf = (w: string) => new Set(hit.matches.flatMap((m) => m[w] ?? []));
  const sets = words.map(fieldsOf);
  return (['summary', ...NAME_FIELDS] as const).some((f) => sets.every((s) => s.has(f)));
}

/**
 * How many of the best candidates the phrase check re-scores. A boost of at most PHRASE_BOOST.names
 * cannot lift a candidate from far below, and checking thousands per keystroke would cost more
 * than the search.
 */
const PHRASE_TOP = 60;

/** A query matched and ranked by score, before the phrase boost and the facet filters. */
export interface Matched {
  query: CleanQuery;
  /** The query's words as searched, stop words included: the phrase. */
  searched: string[];
  terms: string[];
  partial: boolean;
  ranked: Hit[];
}

const byRank = (engine: Engine) => (a: Hit, b: Hit) =>
  b.found.length - a.found.length || b.score - a.score || (engine.rank.get(a.id) ?? 0) - (engine.rank.get(b.id) ?? 0);

/**
 * Matches a query. Several words mean all of them: only incidents that have every word (each
 * exactly, by an allowed typo or, for the word being typed, as a prefix) match; when none has
 * them all, incidents with some are returned, marked partial.
 */
export function matchQuery(engine: Engine, q: string): Matched {
  const query = cleanQuery(q);
  const searched = searchedTerms(engine, query.terms);
  const terms = searched.filter((t) => processTerm(t) !== null);
  if (terms.length === 0) {
    const ranked = query.text === '' ? engine.ids.map((id) => ({ id, score: 0, matches: [], found: [] })) : [];
    return { query, searched, terms, partial: false, ranked };
  }
  const g = gather(engine, terms);
  const full = g.positions.filter((p) => g.foundCount[p] === terms.length);
  const partial = full.length === 0 && g.positions.length > 0;
  // byRank over positions: most words, then score, then newest (a position is its rank).
  const ranked = rankOrder(partial ? g.positions : full, g.score, g.foundCount).map(g.hitAt);
  return { query, searched, terms, partial, ranked };
}

/** The phrase as checked: the query words as typed, in their order (stop words included: "out of memory"). */
const phraseOf = (m: Matched) => (m.terms.length > 0 && m.searched.length > 1 ? m.searched : undefined);

/** The pairs of adjacent words the phrase check looks up (none without a phrase). */
export function phrasePairs(m: Matched): string[] {
  const phrase = phraseOf(m);
  return phrase ? pairsOf(phrase) : [];
}

/**
 * Ids of the candidates whose records the phrase check must read: those that may hold the phrase
 * (`mayHavePhrase`), unless the pair index (loaded for `phrasePairs`) settles it.
 */
export function phraseNeeds(engine: Engine, m: Matched): string[] {
  const phrase = phraseOf(m);
  if (!phrase) return [];
  return m.ranked
    .slice(0, PHRASE_TOP)
    .filter((h) => mayHavePhrase(h, phrase) && !docOf(engine, h.id))
    .filter((h) => {
      if (!engine.phrases) return true;
      if (phrase.length === 2) return false;
      const inPairs = pairsIn(engine, h, phrase);
      return inPairs.names || inPairs.summary;
    })
    .map((h) => h.id);
}

/**
 * Applies the phrase boost to the best candidates (their records, where `phraseNeeds` names them,
 * must be loaded), then the facet filters (facet values must be loaded when any is set) and, when
 * the facet values are loaded and `count` is not false, the counts.
 */
export function finishSearch(engine: Engine, m: Matched, filters: Filters, count = true): SearchOutcome {
  let ranked = m.ranked;
  const phrase = phraseOf(m);
  if (phrase) {
    const head = ranked
      .slice(0, PHRASE_TOP)
      .map((h) => ({ id: h.id, score: h.score, matches: h.matches, found: h.found }));
    for (const h of head) h.score *= phraseBoostOf(engine, h, phrase);
    ranked = [...head.sort(byRank(engine)), ...ranked.slice(PHRASE_TOP)];
  }
  const { facets } = engine;
  const filtered = FACET_KEYS.some((k) => filters[k].length > 0);
  if (filtered && !facets) throw new Error('search: facet filters need the facet values');
  const hits = filtered ? ranked.filter((h) => passes(facets!.get(h.id)!, filters, engine.termById)) : ranked;
  const counts = facets && count ? facetCounts(engine, m, filters) : undefined;
  return {
    query: m.query,
    terms: m.terms,
    noWords: m.terms.length === 0 && m.query.text !== '',
    partial: m.partial,
    hits,
    matchedBeforeFilters: m.partial ? 0 : ranked.length,
    counts,
  };
}

/** The facet counts of a match (the facet values must be loaded); none for a partial match. */
export function facetCounts(engine: Engine, m: Matched, filters: Filters): FacetCounts {
  const { facets } = engine;
  if (!facets) throw new Error('search: facet counts need the facet values');
  return countFacets(m.partial ? [] : m.ranked.map((h) => facets.get(h.id)!), filters, engine.termById);
}

/**
 * Runs a search over what the engine holds: matching (see `matchQuery`), the phrase as typed
 * ranking higher, then facet filters and counts.
 */
export function runSearch(engine: Engine, state: SearchState): SearchOutcome {
  return finishSearch(engine, matchQuery(engine, state.q), state.filters);
}
