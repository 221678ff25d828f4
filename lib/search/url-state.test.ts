import { describe, expect, it } from 'vitest';
import { noFilters } from './facets';
import { parseSearchParams, toSearchParams, toggleFilter } from './url-state';

describe('URL state', () => {
  it('reads the query and repeated facet values', () => {
    const s = parseSearchParams(new URLSearchParams('q=thread+limit&goal=scalability&goal=availability&year=2020'));
    expect(s.q).toBe('thread limit');
    expect(s.filters.goal).toEqual(['scalability', 'availability']);
    expect(s.filters.year).toEqual(['2020']);
  });
  it('writes what it reads', () => {
    const params = 'q=thread+limit&fault=resource-exhaustion&role=root&goal=scalability';
    expect(toSearchParams(parseSearchParams(new URLSearchParams(params))).toString()).toBe(params);
  });
  it('drops facet values that are not ids', () => {
    const s = parseSearchParams(new URLSearchParams('goal=<script>&goal=scalability&org=AWS&org=..%2F'));
    expect(s.filters.goal).toEqual(['scalability']);
    expect(s.filters.org).toEqual([]);
  });
  it('turns a value on, then off', () => {
    const on = toggleFilter({ q: '', filters: noFilters() }, 'scope', 'region');
    expect(on.filters.scope).toEqual(['region']);
    expect(toggleFilter(on, 'scope', 'region').filters.scope).toEqual([]);
  });
  it('leaves q out when it is blank', () => {
    expect(toSearchParams({ q: '  ', filters: noFilters() }).toString()).toBe('');
  });
});
