'use client';
import { startTransition, useEffect, useRef, useState } from 'react';
import type { SearchState } from '@/lib/search/url-state';
import type { ShownOutcome, SearchRequest, WorkerReply } from '@/lib/search/worker-protocol';
import type { TermOffer } from '@/lib/search/suggest';
import type { CoreFile } from '@/lib/search/schema';

/** The main thread's on-demand search module (snippets, highlighting, labels): its own chunk. */
export type SearchModule = typeof import('@/lib/search/browser');
type Vocabulary = import('@/lib/search/browser').Vocabulary;

/** The worker's answer to the newest query it has answered. */
export interface SearchResult {
  /** The query this answer is for, as typed. */
  q: string;
  outcome: ShownOutcome;
  offers: TermOffer[];
  suggestions: string[];
}

/** The search as the page sees it: labels once the core file is in, then the latest answer. */
export interface EngineState {
  mod?: SearchModule;
  vocabulary?: Vocabulary;
  result?: SearchResult;
  error?: string;
}

/**
 * Runs the engine in a Web Worker and asks it for each state the page shows (the first `limit`
 * hits). A keystroke only posts a message; the answer renders when it comes, so typing never
 * waits for a search or for an index shard. Only the newest question is answered.
 */
export function useSearchEngine(state: SearchState, limit: number): EngineState {
  const [mod, setMod] = useState<SearchModule>();
  const [core, setCore] = useState<CoreFile>();
  const [result, setResult] = useState<SearchResult>();
  const [error, setError] = useState<string>();
  const worker = useRef<Worker | undefined>(undefined);
  const seq = useRef(0);
  const shown = useRef(0);

  useEffect(() => {
    // Written out in place so the bundler sees it and builds the worker as its own file.
    const w = new Worker(new URL('./search.worker.ts', import.meta.url));
    worker.current = w;
    w.onmessage = (e: MessageEvent<WorkerReply>) => {
      const m = e.data;
      if (m.type === 'error') setError(m.message);
      // The worker's answers render as transitions: React renders the results and facets in slices
      // that yield to the browser, so a keystroke or a tap is never held up behind them.
      else if (m.type === 'core') startTransition(() => setCore(m.core));
      else if (m.seq > shown.current) {
        // The worker skips questions overtaken by newer ones; any answer newer than the one shown is progress.
        shown.current = m.seq;
        startTransition(() => setResult({ q: m.q, outcome: m.outcome, offers: m.offers, suggestions: m.suggestions }));
      }
    };
    w.onerror = (e) => setError(e.message || 'the search worker failed');
    let live = true;
    import('@/lib/search/browser')
      .then((m) => live && startTransition(() => setMod(m)))
      .catch((e: unknown) => live && setError(e instanceof Error ? e.message : String(e)));
    return () => {
      live = false;
      w.terminate();
      worker.current = undefined;
    };
  }, []);

  const filtersKey = JSON.stringify(state.filters);
  useEffect(() => {
    const req: SearchRequest = { type: 'search', seq: ++seq.current, state, limit };
    worker.current?.postMessage(req);
    // state.filters is compared by its JSON (a new object each render otherwise).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [state.q, filtersKey, limit]);

  const vocabulary = useVocabulary(mod, core);
  return { mod, vocabulary, result: mod && vocabulary ? result : undefined, error };
}

/** The labels of the core file, made once per file. */
function useVocabulary(mod: SearchModule | undefined, core: CoreFile | undefined): Vocabulary | undefined {
  const [made, setMade] = useState<{ core: CoreFile; vocabulary: Vocabulary }>();
  if (mod && core && made?.core !== core) setMade({ core, vocabulary: mod.vocabularyOf(core) });
  return made?.vocabulary;
}

/** Incident texts fetched so far, for body snippets; asks for the ids given when missing. */
export function useTexts(mod: SearchModule | undefined, ids: readonly string[]): ReadonlyMap<string, string> {
  const [texts, setTexts] = useState<ReadonlyMap<string, string>>(new Map());
  const key = ids.join(' ');
  useEffect(() => {
    if (!mod) return;
    const missing = key.split(' ').filter((id) => id && !texts.has(id));
    if (missing.length === 0) return;
    let live = true;
    Promise.all(missing.map(async (id) => [id, await mod.loadText(id)] as const))
      .then((loaded) => {
        if (live) setTexts((prev) => new Map([...prev, ...loaded]));
      })
      .catch(() => {
        // A missing text only costs the body snippet; the summary is shown instead.
      });
    return () => {
      live = false;
    };
  }, [mod, key, texts]);
  return texts;
}
