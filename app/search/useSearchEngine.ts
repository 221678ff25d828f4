'use client';
import { useEffect, useState } from 'react';

/** The on-demand search module (engine, ranking, snippets): its own chunk, loaded by the search page only. */
export type SearchModule = typeof import('@/lib/search/browser');
type Engine = import('@/lib/search/browser').Engine;

/** Engine loading state: core first (results can show), then the body index (body text searchable). */
export interface EngineState {
  mod?: SearchModule;
  engine?: Engine;
  bodyReady: boolean;
  error?: string;
}

/** Loads the search module and core.json, then body.json in the background. */
export function useSearchEngine(): EngineState {
  const [state, setState] = useState<EngineState>({ bodyReady: false });
  useEffect(() => {
    let live = true;
    (async () => {
      try {
        const mod = await import('@/lib/search/browser');
        const engine = await mod.loadEngine();
        if (!live) return;
        setState({ mod, engine, bodyReady: false });
        const withBody = await mod.loadBody(engine);
        if (live) setState({ mod, engine: withBody, bodyReady: true });
      } catch (e) {
        if (live) setState((s) => ({ ...s, error: e instanceof Error ? e.message : String(e) }));
      }
    })();
    return () => {
      live = false;
    };
  }, []);
  return state;
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
