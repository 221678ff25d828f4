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
import { knows, type Engine } from './engine';
import type { ShortDoc } from './config';
import { countFacets, passes, type FacetCounts } from './facets';
import { cleanQuery, compoundWords, tokenize, type CleanQuery } from './normalize';
import type { SearchRecord } from './schema';
import type { SearchState } from './url-state';

/** Indexed words that matched, each with the fields it matched in (MiniSearch's `match`). */
type Match = Record<string, string[]>;

/** One result: the incident, its score, and the raw matches (read with hitFields / hitWords). */
export interface Hit {
  record: SearchRecord;
  score: number;
  matches: Match[];
  /** The query words this incident has (all of them unless the outcome is partial). */
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
  counts: FacetCounts;
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

interface Acc {
  record: SearchRecord;
  score: number;
  matches: Match[];
  found: Set<string>;
}

/** Scores every incident any word reaches, short fields and (once loaded) bodies, noting which words each has. */
function gather(engine: Engine, terms: readonly string[]): Map<string, Acc> {
  const acc = new Map<string, Acc>();
  const known = (t: string) => knows(engine, t);
  const text = terms.join(' ');
  const add = (id: string, score: number, match: Match, queryTerms: readonly string[]) => {
    const record = engine.byId.get(id);
    if (!record) return;
    let a = acc.get(id);
    if (!a) acc.set(id, (a = { record, score: 0, matches: [], found: new Set() }));
    a.score += score;
    a.matches.push(match);
    for (const t of queryTerms) a.found.add(t);
  };
  for (const r of engine.short.search(text, searchOptions(known, FIELD_BOOST)))
    add(String(r.id), r.score, r.match, r.queryTerms);
  if (engine.body)
    for (const r of engine.body.index.search(text, searchOptions(known)))
      add(String(r.id), r.score * BODY_WEIGHT, r.match, r.queryTerms);
  return acc;
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

// The fields a phrase is looked for in, names first; their folded tokens are worked out once per record.
const NAME_FIELDS = ['title', 'faults', 'techs', 'terms', 'goals', 'challenges', 'orgs', 'facets'] as const;
const tokenMemo = new WeakMap<ShortDoc, { names: string[][]; summary: string[] }>();
function docTokens(doc: ShortDoc) {
  let t = tokenMemo.get(doc);
  if (!t) tokenMemo.set(doc, (t = { names: NAME_FIELDS.map((f) => tokenize(doc[f])), summary: tokenize(doc.summary) }));
  return t;
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
function phraseBoost(engine: Engine, id: string, phrase: readonly string[]): number {
  const doc = engine.docs.get(id);
  if (phrase.length < 2 || !doc) return 1;
  const t = docTokens(doc);
  if (t.names.some((toks) => hasPhrase(toks, phrase))) return PHRASE_BOOST.names;
  return hasPhrase(t.summary, phrase) ? PHRASE_BOOST.summary : 1;
}

/**
 * How many of the best candidates the phrase check re-scores. A boost of at most PHRASE_BOOST.names
 * cannot lift a candidate from far below, and checking thousands per keystroke would cost more
 * than the search.
 */
const PHRASE_TOP = 60;

/**
 * Runs a search. Several words mean all of them: only incidents that have every word (each
 * exactly, by an allowed typo or, for the word being typed, as a prefix) match and are counted;
 * the phrase as typed ranks higher. When none has them all, incidents with some are returned,
 * marked partial. Then facet filters and counts.
 */
export function runSearch(engine: Engine, state: SearchState): SearchOutcome {
  const query = cleanQuery(state.q);
  const searched = searchedTerms(engine, query.terms);
  const terms = searched.filter((t) => processTerm(t) !== null);
  let ranked: Hit[];
  let partial = false;
  if (terms.length === 0) {
    ranked =
      query.text === '' ? engine.core.records.map((record) => ({ record, score: 0, matches: [], found: [] })) : [];
  } else {
    const all = [...gather(engine, terms).values()];
    const full = all.filter((a) => a.found.size === terms.length);
    partial = full.length === 0 && all.length > 0;
    const chosen = partial ? all : full;
    // The phrase is checked on query words as typed, in their order (stop words included: "out of memory").
    const phrase = searched;
    const byRank = (a: Hit, b: Hit) =>
      b.found.length - a.found.length ||
      b.score - a.score ||
      (engine.rank.get(a.record.id) ?? 0) - (engine.rank.get(b.record.id) ?? 0);
    ranked = chosen
      .map((a) => ({
        record: a.record,
        score: a.score,
        matches: a.matches,
        found: terms.filter((t) => a.found.has(t)),
      }))
      .sort(byRank);
    if (phrase.length > 1) {
      const head = ranked.slice(0, PHRASE_TOP);
      for (const h of head) h.score *= phraseBoost(engine, h.record.id, phrase);
      ranked = [...head.sort(byRank), ...ranked.slice(PHRASE_TOP)];
    }
  }
  const classOf = engine.termById;
  const counts = countFacets(partial ? [] : ranked.map((h) => h.record), state.filters, classOf);
  const hits = ranked.filter((h) => passes(h.record, state.filters, classOf));
  return {
    query,
    terms,
    noWords: terms.length === 0 && query.text !== '',
    partial,
    hits,
    matchedBeforeFilters: partial ? 0 : ranked.length,
    counts,
  };
}
