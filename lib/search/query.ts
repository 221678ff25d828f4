import {
  BODY_SEARCH,
  BODY_WEIGHT,
  DEFINITION_WEIGHT,
  FIELD_LABELS,
  SHORT_SEARCH,
  TERM_SEARCH,
  processTerm,
  type MatchField,
} from './config';
import type { Engine } from './engine';
import { countFacets, passes, type FacetCounts } from './facets';
import { cleanQuery, type CleanQuery } from './normalize';
import { rerank } from './rerank';
import type { SearchRecord } from './schema';
import type { SearchState } from './url-state';

/** Indexed words that matched, each with the fields it matched in (MiniSearch's `match`). */
type Match = Record<string, string[]>;

/** One result: the incident, its score, and the raw matches (read with hitFields / hitWords). */
export interface Hit {
  record: SearchRecord;
  score: number;
  matches: Match[];
}

/** Everything the page shows for a state. */
export interface SearchOutcome {
  query: CleanQuery;
  /** The query had characters but no searchable word (only emoji or punctuation, or only common words). */
  noWords: boolean;
  /** Results after facet filters, best first (newest first when there is no query). */
  hits: Hit[];
  /** How many incidents match the query before facet filters. */
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

interface Acc {
  record: SearchRecord;
  score: number;
  matches: Match[];
  queryTerms: string[];
}

function add(acc: Map<string, Acc>, record: SearchRecord, score: number, match: Match, queryTerms: readonly string[]) {
  const a = acc.get(record.id);
  if (!a) {
    acc.set(record.id, { record, score, matches: [match], queryTerms: [...queryTerms] });
    return;
  }
  a.score += score;
  a.matches.push(match);
  for (const t of queryTerms) if (!a.queryTerms.includes(t)) a.queryTerms.push(t);
}

/** Scores every incident the words reach: short fields, fault definitions (via tags) and, once loaded, bodies. */
function gather(engine: Engine, text: string): Map<string, Acc> {
  const acc = new Map<string, Acc>();
  for (const r of engine.short.search(text, SHORT_SEARCH)) {
    const rec = engine.byId.get(String(r.id));
    if (rec) add(acc, rec, r.score, r.match, r.queryTerms);
  }
  for (const r of engine.termIndex.search(text, TERM_SEARCH)) {
    // A definition match speaks for every incident tagged with that fault; its words count as faultText.
    const match: Match = Object.fromEntries(Object.keys(r.match).map((w) => [w, ['faultText']]));
    for (const rec of engine.taggedWith.get(String(r.id)) ?? [])
      add(acc, rec, r.score * DEFINITION_WEIGHT, match, r.queryTerms);
  }
  for (const r of engine.body?.search(text, BODY_SEARCH) ?? []) {
    const rec = engine.byId.get(String(r.id));
    if (rec) add(acc, rec, r.score * BODY_WEIGHT, r.match, r.queryTerms);
  }
  return acc;
}

/** Runs a search: word matches, coverage and phrase ranking, then facet filters and counts. */
export function runSearch(engine: Engine, state: SearchState): SearchOutcome {
  const query = cleanQuery(state.q);
  const terms = query.terms.filter((t) => processTerm(t) !== null);
  let ranked: Hit[];
  if (terms.length === 0) {
    ranked = query.text === '' ? engine.core.records.map((record) => ({ record, score: 0, matches: [] })) : [];
  } else {
    const text = terms.join(' ');
    // An incident that matches every word beats one that matches a few of them many times.
    const scored = [...gather(engine, text).values()].map((a) => ({
      record: a.record,
      score: a.score * (a.queryTerms.length / terms.length) ** 2,
      matches: a.matches,
    }));
    ranked = rerank(engine, scored, text);
  }
  const classOf = engine.termById;
  const counts = countFacets(
    ranked.map((h) => h.record),
    state.filters,
    classOf,
  );
  const hits = ranked.filter((h) => passes(h.record, state.filters, classOf));
  return { query, noWords: terms.length === 0 && query.text !== '', hits, matchedBeforeFilters: ranked.length, counts };
}
