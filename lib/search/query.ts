import type { SearchResult } from 'minisearch';
import { BODY_SEARCH, BODY_WEIGHT, FIELD_LABELS, SHORT_SEARCH, processTerm, type ShortField } from './config';
import type { Engine } from './engine';
import { countFacets, passes, type FacetCounts } from './facets';
import { cleanQuery, type CleanQuery } from './normalize';
import { rerank, type Scored } from './rerank';
import type { SearchRecord } from './schema';
import type { SearchState } from './url-state';

/** One result: the incident, its score, where it matched and the indexed words that matched. */
export interface Hit {
  record: SearchRecord;
  score: number;
  /** Fields that matched, best first (short fields, then "body"). */
  fields: (ShortField | 'body')[];
  /** Indexed words that matched (after typo tolerance and completion), for highlighting. */
  words: string[];
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

interface Acc {
  record: SearchRecord;
  score: number;
  fields: Map<ShortField | 'body', number>;
  words: Set<string>;
  queryTerms: Set<string>;
}

const isField = (f: string): f is ShortField | 'body' => Object.hasOwn(FIELD_LABELS, f);

function collect(acc: Map<string, Acc>, engine: Engine, results: SearchResult[], weight: number) {
  for (const r of results) {
    const id = String(r.id);
    const record = engine.byId.get(id);
    if (!record) continue;
    const a = acc.get(id) ?? { record, score: 0, fields: new Map(), words: new Set(), queryTerms: new Set() };
    a.score += r.score * weight;
    for (const [word, fields] of Object.entries(r.match)) {
      a.words.add(word);
      for (const f of fields) if (isField(f)) a.fields.set(f, (a.fields.get(f) ?? 0) + 1);
    }
    for (const t of r.queryTerms) a.queryTerms.add(t);
    acc.set(id, a);
  }
}

/** Runs a search: short fields (and bodies, once loaded), coverage and phrase ranking, then facets. */
export function runSearch(engine: Engine, state: SearchState): SearchOutcome {
  const query = cleanQuery(state.q);
  const terms = query.terms.filter((t) => processTerm(t) !== null);
  const classOf = engine.termById;
  let ranked: Hit[];
  if (terms.length === 0) {
    const browse = query.text === '';
    ranked = browse ? engine.core.records.map((record) => ({ record, score: 0, fields: [], words: [] })) : [];
    const counts = countFacets(ranked.map((h) => h.record), state.filters, classOf);
    const hits = ranked.filter((h) => passes(h.record, state.filters, classOf));
    return { query, noWords: !browse, hits, matchedBeforeFilters: ranked.length, counts };
  }
  const text = terms.join(' ');
  const acc = new Map<string, Acc>();
  collect(acc, engine, engine.short.search(text, SHORT_SEARCH), 1);
  if (engine.body) collect(acc, engine, engine.body.search(text, BODY_SEARCH), BODY_WEIGHT);
  // An incident that matches every word beats one that matches a few of them many times.
  const scored: (Scored & { acc: Acc })[] = [...acc.values()].map((a) => ({ record: a.record, score: a.score * (a.queryTerms.size / terms.length) ** 2, acc: a }));
  const order = rerank(engine, scored, text);
  ranked = order.map((s) => ({
    record: s.record,
    score: s.score,
    fields: [...s.acc.fields.entries()].sort((x, y) => y[1] - x[1]).map(([f]) => f),
    words: [...s.acc.words],
  }));
  const counts = countFacets(ranked.map((h) => h.record), state.filters, classOf);
  const hits = ranked.filter((h) => passes(h.record, state.filters, classOf));
  return { query, noWords: false, hits, matchedBeforeFilters: ranked.length, counts };
}
