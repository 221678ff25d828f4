import type { Engine } from '../engine';
import { noFilters } from '../facets';
import { runSearch } from '../query';
import type { JudgedQuery } from './judgments';
import { mean, ndcgAt, precisionAt, recallAt } from './metrics';

/** The figures of one query. */
export interface QueryScore {
  query: JudgedQuery;
  /** Ids in the order shown (partial matches included: they are what the reader sees). */
  ranked: string[];
  /** The count the page reports ("N incidents match"); 0 for partial results. */
  count: number;
  p3: number;
  r10: number;
  ndcg10: number;
}

/** Means over the judged set. */
export interface Summary {
  queries: number;
  p3: number;
  r10: number;
  ndcg10: number;
  meanHits: number;
}

/** Scores one query against the engine. */
function scoreQuery(engine: Engine, query: JudgedQuery): QueryScore {
  const out = runSearch(engine, { q: query.q, filters: noFilters() });
  const ranked = out.hits.map((h) => h.id);
  return {
    query,
    ranked,
    count: out.matchedBeforeFilters,
    p3: precisionAt(ranked, query.relevant, 3),
    r10: recallAt(ranked, query.relevant, 10),
    ndcg10: ndcgAt(ranked, query.relevant, 10),
  };
}

/** Scores every query and their means. */
export function evaluate(engine: Engine, queries: readonly JudgedQuery[]): { scores: QueryScore[]; summary: Summary } {
  const scores = queries.map((q) => scoreQuery(engine, q));
  return {
    scores,
    summary: {
      queries: scores.length,
      p3: mean(scores.map((s) => s.p3)),
      r10: mean(scores.map((s) => s.r10)),
      ndcg10: mean(scores.map((s) => s.ndcg10)),
      meanHits: mean(scores.map((s) => s.count)),
    },
  };
}
