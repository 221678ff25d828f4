/** The messages between the search page and its Web Worker (all structured-cloneable). */
import type { ResultCard } from './cards';
import type { FacetCounts } from './facets';
import type { Segment } from './highlight';
import type { SearchOutcome } from './query';
import type { TermOffer } from './suggest';
import type { SearchState } from './url-state';
import type { Labels } from './vocabulary';

/** An outcome as the worker sends it: no hits (the shown ones go as cards), only how many there are. */
export type ShownOutcome = Omit<SearchOutcome, 'hits'> & { total: number };

/** The outcome without its hits, with their number. */
export function shownOutcome(outcome: SearchOutcome): ShownOutcome {
  const { hits, ...rest } = outcome;
  return { ...rest, total: hits.length };
}

/** An answer as the page receives it (in a `result`, or ahead of its question in an `ahead`). */
export interface SentAnswer {
  /** The query as asked (before cleaning), so the page knows what it shows. */
  q: string;
  outcome: ShownOutcome;
  /** The first `limit` hits, ready to render. */
  cards: ResultCard[];
  offers: TermOffer[];
  /**
   * Nothing matched and did-you-mean queries are being looked for: they follow in a
   * `suggestions` reply, so the answer itself never waits for the near words' shards.
   */
  suggesting: boolean;
}

/** Only the answer's own fields of a reply or record that carries them. */
export function sentAnswer({ q, outcome, cards, offers, suggesting }: SentAnswer): SentAnswer {
  return { q, outcome, cards, offers, suggesting };
}

/** Page → worker: search this state and send back the first `limit` hits. */
export interface SearchRequest {
  type: 'search';
  /** Increases with every request; only the newest one pending is answered. */
  seq: number;
  state: SearchState;
  limit: number;
  /**
   * The page already shows this question's answer, sent ahead of it (an `ahead` reply): the worker
   * sends no `result`, only what follows one (did-you-mean, snippets, counts).
   */
  shown?: boolean;
}

/**
 * Page → worker, once answer `seq` is on screen: send body snippets for its cards (and, once no
 * newer question has come for a moment, the facet counts). Asked by the page rather than sent unasked, so the
 * incident texts, facet values and records loaded in the background are fetched after the results
 * are shown, never in the way of the first result or of the next keystroke's answer.
 */
interface SnippetsRequest {
  type: 'snippets';
  seq: number;
}

/** Any message from the page. */
export type PageMessage = SearchRequest | SnippetsRequest;

/** Worker → page. */
export type WorkerReply =
  /** The vocabulary's labels, once: the page names facets and filters with them. */
  | { type: 'labels'; labels: Labels }
  /** The answer to question `seq`. */
  | ({
      type: 'result';
      seq: number;
      /** Time in the worker from the request to this reply (index shards it had to fetch included), in ms. */
      ms: number;
    } & SentAnswer)
  /**
   * The answer to a question not yet asked, which the next keystroke may ask (ahead.ts): the page
   * keeps it under `key` (answerKey of the query, filters and limit) and shows it at once if asked.
   */
  | ({ type: 'ahead'; key: string } & SentAnswer)
  /** Did-you-mean queries (each with results; possibly none) for answer `seq`, which matched nothing. */
  | { type: 'suggestions'; seq: number; suggestions: string[] }
  /** The facet counts of answer `seq`, once no newer question has come for a moment (an answer carries none). */
  | { type: 'counts'; seq: number; counts: FacetCounts }
  /** Better snippets for cards of answer `seq`, from incident texts fetched when the page asked. */
  | { type: 'snippets'; seq: number; snippets: Record<string, Segment[]> }
  | { type: 'error'; message: string };
