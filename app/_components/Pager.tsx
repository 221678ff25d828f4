import Link from 'next/link';
import { pagerNumbers } from '@/lib/corpus/paging';

/** Links between the static pages of a list: previous, numbered pages (gaps shown as …), next. */
export function Pager({
  current,
  last,
  pathOf,
  label,
}: {
  current: number;
  last: number;
  pathOf: (n: number) => string;
  label: string;
}) {
  if (last <= 1) return null;
  return (
    <nav className="pager" aria-label={label}>
      <ul>
        {current > 1 && (
          <li>
            <Link href={pathOf(current - 1)} prefetch={false} rel="prev">
              ← Newer
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
              Older →
            </Link>
          </li>
        )}
      </ul>
    </nav>
  );
}
