'use client';
import Link from 'next/link';
import { useSearchParams } from 'next/navigation';
import { useCallback, useEffect, useMemo, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { noFilters, type FacetKey } from '@/lib/search/facets';
import { hasFilters, parseSearchParams, toSearchParams, toggleFilter, type SearchState } from '@/lib/search/url-state';
import { statusText } from '@/lib/search/status';
import { ActiveFilters } from './ActiveFilters';
import { NoResults } from './NoResults';
import { SearchFacets } from './SearchFacets';
import { SearchResults } from './SearchResults';
import { useSearchEngine } from './useSearchEngine';
import { HELP } from '@/lib/routes';

const PAGE = 20;

/** Writes the state to the address bar; Next keeps useSearchParams in step with history calls. */
function writeUrl(state: SearchState, mode: 'push' | 'replace') {
  const qs = toSearchParams(state).toString();
  const url = qs ? `?${qs}` : window.location.pathname;
  if (mode === 'push') window.history.pushState(null, '', url);
  else window.history.replaceState(null, '', url);
}

/** The search page's live part: box, term offers, chips, facets and results, all state in the URL. */
export function SearchApp() {
  const params = useSearchParams();
  const urlState = useMemo(() => parseSearchParams(new URLSearchParams(params.toString())), [params]);
  const [draft, setDraft] = useState(urlState.q);
  const [shownCount, setShownCount] = useState(PAGE);
  const typing = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  // Back and forward change the URL's q: show it in the box. A q this page wrote itself is not
  // put back: the router reports it a moment later, when the reader may have typed on, and putting
  // it back would drop those keystrokes.
  const [seenQ, setSeenQ] = useState(urlState.q);
  const [writtenQ, setWrittenQ] = useState<string | undefined>(undefined);
  if (urlState.q !== seenQ) {
    setSeenQ(urlState.q);
    if (urlState.q !== writtenQ) setDraft(urlState.q);
  }
  const write = useCallback((next: SearchState, mode: 'push' | 'replace') => {
    setWrittenQ(next.q);
    writeUrl(next, mode);
  }, []);
  useEffect(() => () => clearTimeout(typing.current), []);
  // Back and Forward always show the query of the entry arrived at, even one this page wrote
  // (the check above skips those). A typed query still waiting for its pause belongs to the entry
  // left behind: written later it would overwrite the entry arrived at, so it is dropped.
  useEffect(() => {
    const onPop = () => {
      clearTimeout(typing.current);
      typing.current = undefined;
      setWrittenQ(undefined);
      setDraft(parseSearchParams(new URLSearchParams(window.location.search)).q);
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  const state: SearchState = { q: draft, filters: urlState.filters };
  // The box shows each keystroke at once; the engine runs in a worker and its answer renders when it comes.
  // The facet panel follows the results once typing settles: the worker sends an answer's counts
  // only when no newer question has come for a moment, so while the reader types the panel keeps
  // the counts it shows and costs nothing per keystroke. The checkboxes' state comes from the
  // filters, which are never delayed, so a click shows at once.
  const { vocabulary: engine, result, counts, error } = useSearchEngine(state, shownCount);
  const outcome = result?.outcome;
  const offers = useMemo(() => result?.offers ?? [], [result]);
  // The results and facets re-render only when an answer (or the filters) change, not on every
  // keystroke: handlers below read the box through this ref, so they stay the same between keystrokes.
  const draftRef = useRef(draft);
  useEffect(() => {
    draftRef.current = draft;
  }, [draft]);

  const commit = useCallback(
    (next: SearchState, mode: 'push' | 'replace') => {
      clearTimeout(typing.current);
      typing.current = undefined;
      setShownCount(PAGE);
      write(next, mode);
    },
    [write],
  );
  const onType = (q: string) => {
    setDraft(q);
    setShownCount(PAGE);
    clearTimeout(typing.current);
    // Typing replaces the history entry (a pause commits it), so Back skips keystrokes.
    typing.current = setTimeout(() => {
      typing.current = undefined;
      write({ ...state, q }, 'replace');
    }, 400);
  };
  // A click on a result while a typed query is still waiting to reach the URL: write it now. Left
  // pending, the delayed replaceState would land in the middle of the link's navigation and cancel
  // it; written now, Back from the incident returns to this query.
  const filters = urlState.filters;
  const flushTyping = useCallback(() => {
    if (typing.current === undefined) return;
    clearTimeout(typing.current);
    typing.current = undefined;
    write({ q: draftRef.current, filters }, 'replace');
  }, [filters, write]);
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    commit(state, 'push');
  };
  const onBoxKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Escape') {
      // Esc clears the query (and the URL's q); a second Esc in an empty box does nothing.
      e.preventDefault();
      if (draft !== '') commit({ q: '', filters: urlState.filters }, 'push');
      setDraft('');
      return;
    }
    if (e.key !== 'ArrowDown') return;
    const first = document.querySelector<HTMLAnchorElement>('.search-results a[data-result]');
    if (first) {
      e.preventDefault();
      first.focus();
    }
  };
  // Read through a ref, so toggle stays the same function when the URL is rewritten with the same
  // filters (every typing pause): the facet options are memoised on it.
  const filtersRef = useRef(filters);
  useEffect(() => {
    filtersRef.current = filters;
  }, [filters]);
  const toggle = useCallback(
    (key: FacetKey, value: string) =>
      commit(toggleFilter({ q: draftRef.current, filters: filtersRef.current }, key, value), 'push'),
    [commit],
  );
  const clearFilters = useCallback(() => commit({ q: draftRef.current, filters: noFilters() }, 'push'), [commit]);
  // A suggestion replaces the query: into the box as well as the URL (the page does not read back what it wrote).
  const onQuery = useCallback(
    (q: string) => {
      setDraft(q);
      commit({ q, filters }, 'push');
    },
    [commit, filters],
  );
  const layout = useMemo(
    () => (
      <div className="search-layout">
        {engine && result && outcome && (
          <>
            <section
              aria-labelledby="results-h"
              className="search-main"
              onClickCapture={flushTyping}
              // The query these results are for (the box may be ahead of them while the worker answers).
              data-searched={result.q}
            >
              <h2 id="results-h" className="sr-only">
                Results
              </h2>
              {offers.length > 0 && (
                // One offer before the results keeps the first result within three Tab presses of the box.
                <ul className="term-offers">
                  {offers.slice(0, 1).map((o) => (
                    <li key={o.href}>
                      <Link href={o.href} prefetch={false}>
                        {o.label} →
                      </Link>
                    </li>
                  ))}
                </ul>
              )}
              {outcome.total === 0 ? (
                <NoResults
                  engine={engine}
                  suggestions={result.suggestions}
                  outcome={outcome}
                  filtered={hasFilters(filters)}
                  onQuery={onQuery}
                  onClear={clearFilters}
                />
              ) : (
                <SearchResults cards={result.cards} partial={outcome.partial} />
              )}
              {outcome.total > shownCount && (
                <button type="button" onClick={() => setShownCount((n) => n + PAGE)}>
                  Show {Math.min(PAGE, outcome.total - shownCount)} more
                </button>
              )}
              {offers.length > 1 && (
                <ul className="term-offers">
                  {offers.slice(1).map((o) => (
                    <li key={o.href}>
                      <Link href={o.href} prefetch={false}>
                        {o.label} →
                      </Link>
                    </li>
                  ))}
                </ul>
              )}
            </section>
            <div className="search-side">
              <ActiveFilters engine={engine} filters={filters} onRemove={toggle} onClear={clearFilters} />
              {counts && <SearchFacets engine={engine} counts={counts} filters={filters} onToggle={toggle} />}
            </div>
          </>
        )}
      </div>
    ),
    [engine, outcome, counts, result, offers, shownCount, filters, flushTyping, onQuery, clearFilters, toggle],
  );

  return (
    <>
      <form
        role="search"
        aria-label="Incident search"
        className="search-form"
        onSubmit={onSubmit}
        action=""
        method="get"
      >
        <label htmlFor="search-q">Search incidents by fault, organisation, goal or any word</label>
        <div className="search-row">
          <input
            id="search-q"
            type="search"
            name="q"
            value={draft}
            onChange={(e) => onType(e.target.value)}
            onKeyDown={onBoxKey}
            autoComplete="off"
            spellCheck={false}
            aria-describedby="search-status"
          />
          <button type="submit">Search</button>
        </div>
      </form>
      <p id="search-status" role="status" className="muted search-status">
        {statusText(outcome, error, hasFilters(urlState.filters))}
      </p>
      {layout}
      <p className="muted">
        <Link href={HELP} prefetch={false}>
          Keyboard shortcuts
        </Link>
      </p>
    </>
  );
}
