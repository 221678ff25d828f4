import Link from 'next/link';
import { pagerNumbers } from '@/lib/corpus/paging';

/**
 * Links between the static pages of a list: previous, numbered pages (gaps shown as …), next. The
 * previous/next wording defaults to a newest-first list's.
 */
export function Pager({
  current,
  last,
  pathOf,
  label,
  prev = '← Newer',
  next = 'Older →',
}: {
  current: number;
  last: number;
  pathOf: (n: number) => string;
  label: string;
  prev?: string;
  next?: string;
}) {
  if (last <= 1) return null;
  return (
    <nav className="pager" aria-label={label}>
      <ul>
        {current > 1 && (
          <li>
            <Link href={pathOf(current - 1)} prefetch={false} rel="prev">
              {prev}
            </Link>
          </li>
        )}
        {pagerNumbers(current, last).map((n, i) =>
          n === null ? (
            <li key={`gap-${i}`} aria-hidden="true">
              …
            </li>
          ) : (
            <li key={n}>
              {n === current ? (
                <span aria-current="page">Page {n}</span>
              ) : (
                <Link href={pathOf(n)} prefetch={false} aria-label={`Page ${n}`}>
                  {n}
                </Link>
              )}
            </li>
          ),
        )}
        {current < last && (
          <li>
            <Link href={pathOf(current + 1)} prefetch={false} rel="next">
              {next}
            </Link>
          </li>
        )}
      </ul>
    </nav>
  );
}
