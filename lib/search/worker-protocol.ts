/** The messages between the search page and its Web Worker (all structured-cloneable). */
import type { Hit, SearchOutcome } from './query';
import type { CoreFile } from './schema';
import type { TermOffer } from './suggest';
import type { SearchState } from './url-state';

/** An outcome as the worker sends it: the first `limit` hits only, and how many there are. */
export type ShownOutcome = Omit<SearchOutcome, 'hits'> & { hits: Hit[]; total: number };

/** The outcome cut to its first `limit` hits, with their number. */
export function shownOutcome(outcome: SearchOutcome, limit: number): ShownOutcome {
  return { ...outcome, hits: outcome.hits.slice(0, limit), total: outcome.hits.length };
}

/** Page → worker: search this state and send back the first `limit` hits. */
export interface SearchRequest {
  type: 'search';
  /** Increases with every request; only the newest one pending is answered. */
  seq: number;
  state: SearchState;
  limit: number;
}

/** Worker → page. */
export type WorkerReply =
  /** The core file, once: the page labels facets and results with it. */
  | { type: 'core'; core: CoreFile }
  | {
      type: 'result';
      seq: number;
      /** The query as the request had it (before cleaning), so the page knows what it shows. */
      q: string;
      outcome: ShownOutcome;
      offers: TermOffer[];
      /** Did-you-mean queries, only when nothing matched. */
      suggestions: string[];
      /** Time in the worker from the request to this reply (index shards it had to fetch included), in ms. */
      ms: number;
    }
  | { type: 'error'; message: string };
