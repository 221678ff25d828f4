'use client';
import { startTransition, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { answerKey } from '@/lib/search/ahead';
import { keepRecent } from '@/lib/search/recent';
import type { FacetCounts } from '@/lib/search/facets';
import type { SearchState } from '@/lib/search/url-state';
import { sentAnswer, type PageMessage, type SentAnswer, type WorkerReply } from '@/lib/search/worker-protocol';
import { vocabularyOf, type Vocabulary } from '@/lib/search/vocabulary';

/** The worker's answer to the newest query it has answered. */
interface SearchResult extends Omit<SentAnswer, 'suggesting'> {
  /** Did-you-mean queries, once they have come; undefined while the worker looks for them. */
  suggestions?: string[];
}

/** An answer as the page shows it for question `seq` (did-you-mean to follow if it is being looked for). */
function resultOf(seq: number, sent: SentAnswer): SearchResult & { seq: number } {
  const { suggesting, ...answer } = sentAnswer(sent);
  return { ...answer, seq, suggestions: suggesting ? undefined : [] };
}

/** Answers sent ahead of their questions that the page keeps (the most recently sent; each is ~20 cards). */
const AHEAD_KEPT = 200;

/** The search as the page sees it: labels once the worker has them, then the latest answer. */
export interface EngineState {
  vocabulary?: Vocabulary;
  result?: SearchResult;
  /** The facet counts of the newest answer counted (they follow answers once typing pauses). */
  counts?: FacetCounts;
  error?: string;
}

/**
 * Runs the engine in a Web Worker and asks it for each state the page shows (the first `limit`
 * hits, as ready-made cards). A keystroke only posts a message; the answer renders when it comes,
 * so typing never waits for a search or for an index shard. Only the newest question is answered.
 * Answers the worker sent ahead of their questions (lib/search/ahead.ts) are kept, and a keystroke
 * that asks one of them shows it at once, before the frame that shows the letter typed.
 */
export function useSearchEngine(state: SearchState, limit: number): EngineState {
  const [vocabulary, setVocabulary] = useState<Vocabulary>();
  const [result, setResult] = useState<SearchResult & { seq: number }>();
  const [error, setError] = useState<string>();
  const [counts, setCounts] = useState<FacetCounts>();
  const worker = useRef<Worker | undefined>(undefined);
  const seq = useRef(0);
  const shown = useRef(0);
  const ahead = useRef(new Map<string, SentAnswer>());
  // The key of each question asked and not yet answered, by seq: its answer is kept too, so going
  // back to it (Backspace after a mistyped letter) shows it at once.
  const asked = useRef(new Map<number, string>());
  const remember = (key: string, answer: SentAnswer) => keepRecent(ahead.current, key, sentAnswer(answer), AHEAD_KEPT);

  // A layout effect, so the worker exists when the first search (also a layout effect) is posted.
  useLayoutEffect(() => {
    // Written out in place so the bundler sees it and builds the worker as its own file.
    const w = new Worker(new URL('./search.worker.ts', import.meta.url));
    worker.current = w;
    w.onmessage = (e: MessageEvent<WorkerReply>) => {
      const m = e.data;
      if (m.type === 'error') setError(m.message);
      else if (m.type === 'labels') setVocabulary(vocabularyOf(m.labels));
      // Kept, not shown: a later keystroke may ask it. The most recently sent are kept.
      else if (m.type === 'ahead') remember(m.key, m);
      else if (m.type === 'snippets')
        setResult((r) =>
          r?.seq === m.seq
            ? // A card without a new snippet stays the same object, so it is not rendered again.
              { ...r, cards: r.cards.map((c) => (m.snippets[c.id] ? { ...c, snippet: m.snippets[c.id]! } : c)) }
            : r,
        );
      // Did-you-mean follows an answer that matched nothing.
      else if (m.type === 'suggestions')
        setResult((r) => (r?.seq === m.seq ? { ...r, suggestions: m.suggestions } : r));
      // The facet counts of the answer shown follow it once typing pauses. They are their own state,
      // set in a transition: the results do not render again for them, and a keystroke arriving
      // meanwhile interrupts the facet panel's render instead of waiting for it.
      else if (m.type === 'counts') {
        if (m.seq === shown.current) startTransition(() => setCounts(m.counts));
      } else if (m.type === 'result') {
        const key = asked.current.get(m.seq);
        for (const n of asked.current.keys()) if (n <= m.seq) asked.current.delete(n);
        if (key !== undefined) remember(key, m);
        if (m.seq <= shown.current) return;
        // The worker skips questions overtaken by newer ones; any answer newer than the one shown is
        // progress. It renders at once, in this message's own task (flushSync): left to React's
        // scheduler, the render is a task of its own that the browser may run only after the next
        // keystroke's events and frame, a frame late. The cards are plain data and cheap to render;
        // the facet panel follows in a transition (SearchApp).
        shown.current = m.seq;
        flushSync(() => {
          // A query that failed (a shard that did not load) is retried by the next one: once an
          // answer comes, the error it left no longer describes the page.
          setError(undefined);
          setResult(resultOf(m.seq, m));
        });
      }
    };
    w.onerror = (e) => setError(e.message || 'the search worker failed');
    return () => {
      w.terminate();
      worker.current = undefined;
    };
  }, []);

  const filtersKey = JSON.stringify(state.filters);
  // A layout effect: an answer already sent ahead renders synchronously, in the keystroke's own
  // event, before the browser paints the letter; the browser runs no worker message until after
  // that frame, so an answer that has to be asked for is shown a frame later at best.
  useLayoutEffect(() => {
    const n = ++seq.current;
    const key = answerKey(state.q, state.filters, limit);
    const known = ahead.current.get(key);
    if (!known) asked.current.set(n, key);
    if (known) {
      shown.current = n;
      setError(undefined);
      setResult(resultOf(n, known));
    }
    const req: PageMessage = { type: 'search', seq: n, state, limit, shown: known !== undefined };
    worker.current?.postMessage(req);
    // state.filters is compared by its JSON (a new object each render otherwise).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [state.q, filtersKey, limit]);

  // Once an answer is on screen, its body snippets are asked for (their texts load only then).
  const answered = result?.seq;
  useEffect(() => {
    if (answered === undefined) return;
    const req: PageMessage = { type: 'snippets', seq: answered };
    worker.current?.postMessage(req);
  }, [answered]);

  return { vocabulary, result: vocabulary ? result : undefined, counts: vocabulary ? counts : undefined, error };
}
