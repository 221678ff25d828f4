import { FACET_KEYS, noFilters, type FacetKey, type Filters } from './facets';

/** What the search page shows, all of it in the URL: the query and the chosen facet values. */
export interface SearchState {
  q: string;
  filters: Filters;
}

// Facet values are kebab-case ids or years; anything else in a hand-edited URL is dropped.
const VALUE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_VALUES = 30;
// A URL can carry far more than the engine reads; cap what is kept so a huge link stays cheap.
const MAX_Q_CHARS = 1000;

/** Reads the state from a query string (`?q=thread+limit&goal=scalability`). Repeated keys are alternatives. */
export function parseSearchParams(params: URLSearchParams): SearchState {
  const filters = noFilters();
  for (const key of FACET_KEYS) {
    const values = params.getAll(key).filter((v) => v.length <= 64 && VALUE.test(v));
    filters[key] = [...new Set(values)].slice(0, MAX_VALUES);
  }
  return { q: [...(params.get('q') ?? '')].slice(0, MAX_Q_CHARS).join(''), filters };
}

/** Writes the state as a query string: q first, then facets in page order, values as chosen. */
export function toSearchParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q.trim() !== '') params.set('q', state.q);
  for (const key of FACET_KEYS) for (const v of state.filters[key]) params.append(key, v);
  return params;
}

/** The state with one facet value turned on or off. */
export function toggleFilter(state: SearchState, key: FacetKey, value: string): SearchState {
  const current = state.filters[key];
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  return { ...state, filters: { ...state.filters, [key]: next } };
}

/** True when any facet value is chosen. */
export function hasFilters(filters: Filters): boolean {
  return FACET_KEYS.some((k) => filters[k].length > 0);
}
