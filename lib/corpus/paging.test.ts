import { describe, expect, it } from 'vitest';
import { incidentsPagePath } from '../routes';
import { pageCount, pageItems, pagerNumbers } from './paging';

describe('paging the incident list', () => {
  it('counts pages, with one page for an empty list', () => {
    expect(pageCount(0, 25)).toBe(1);
    expect(pageCount(25, 25)).toBe(1);
    expect(pageCount(26, 25)).toBe(2);
    expect(pageCount(1000, 25)).toBe(40);
    expect(() => pageCount(10, 0)).toThrow(RangeError);
  });

  it('puts every item on exactly one page, in order', () => {
    const items = Array.from({ length: 73 }, (_, i) => i);
    const pages = Array.from({ length: pageCount(items.length, 10) }, (_, k) => pageItems(items, k + 1, 10));
    expect(pages.map((p) => p.length)).toEqual([10, 10, 10, 10, 10, 10, 10, 3]);
    expect(pages.flat()).toEqual(items);
    expect(pageItems(items, 9, 10)).toEqual([]);
  });

  it('shows the first, last, current and neighbouring page numbers with gaps marked', () => {
    expect(pagerNumbers(1, 1)).toEqual([1]);
    expect(pagerNumbers(1, 3)).toEqual([1, 2, 3]);
    expect(pagerNumbers(5, 40)).toEqual([1, null, 4, 5, 6, null, 40]);
    expect(pagerNumbers(40, 40)).toEqual([1, null, 39, 40]);
    expect(pagerNumbers(2, 4)).toEqual([1, 2, 3, 4]);
  });

  it('puts page 1 at /incidents/ and later pages under /incidents/page/', () => {
    expect(incidentsPagePath(1)).toBe('/incidents/');
    expect(incidentsPagePath(2)).toBe('/incidents/page/2/');
  });
});
