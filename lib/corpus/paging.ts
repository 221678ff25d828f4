/** How many incidents one page of the incident list shows: small enough that the page stays far
 * under the 100 KB HTML budget whatever the corpus size (about 3 KB a listed incident, HTML and the React payload together). */
export const INCIDENTS_PER_PAGE = 15;

/** Number of pages needed for `total` items, `size` a page; at least 1 so an empty list still has a page. */
export function pageCount(total: number, size = INCIDENTS_PER_PAGE): number {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`page size must be a positive integer, got ${size}`);
  return Math.max(1, Math.ceil(total / size));
}

/** The items on page `n` (from 1); empty when n is past the last page. */
export function pageItems<T>(items: readonly T[], n: number, size = INCIDENTS_PER_PAGE): T[] {
  return items.slice((n - 1) * size, n * size);
}

/**
 * The page numbers a pager shows around the current page: always the first and last, the current
 * one and its neighbours, with null for each gap ("1 … 4 5 6 … 40").
 */
export function pagerNumbers(current: number, last: number): (number | null)[] {
  const keep = new Set([1, last, current - 1, current, current + 1].filter((n) => n >= 1 && n <= last));
  const sorted = [...keep].sort((a, b) => a - b);
  const out: (number | null)[] = [];
  sorted.forEach((n, i) => {
    const prev = sorted[i - 1];
    if (prev !== undefined && n - prev > 1) out.push(null);
    out.push(n);
  });
  return out;
}
