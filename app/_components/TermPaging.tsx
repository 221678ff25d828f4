import Link from 'next/link';
import { pageRange, TERM_PAGE_SIZE } from '@/lib/corpus/term-pages';
import { termPagePath, type TermKind } from '@/lib/routes';
import { Pager } from './Pager';

/** The top of a later page of a term's list: breadcrumb, the name with "page n", and a way back to page 1. */
export function LaterPageHeader({
  kind,
  id,
  name,
  n,
  section,
  sectionHref,
}: {
  kind: TermKind;
  id: string;
  name: string;
  n: number;
  section: string;
  sectionHref: string;
}) {
  return (
    <>
      <p className="muted">
        <Link href={sectionHref} prefetch={false}>
          {section}
        </Link>{' '}
        /{' '}
        <Link href={termPagePath(kind, id, 1)} prefetch={false}>
          {name}
        </Link>{' '}
        /
      </p>
      <h1>
        {name}
        <span className="muted"> — page {n}</span>
      </h1>
      <p>
        <Link href={termPagePath(kind, id, 1)} prefetch={false}>
          ← {name}: definition and page 1 of the list
        </Link>
      </p>
    </>
  );
}

/** "1–25 of 97 · page 1 of 4": which listings of the whole list this page shows. */
export function ListRange({ kind, n, total, last }: { kind: TermKind; n: number; total: number; last: number }) {
  if (total === 0) return null;
  const { first, last: end } = pageRange(total, n, TERM_PAGE_SIZE[kind]);
  return (
    <p className="muted list-range">
      {first}–{end} of {total}
      {last > 1 && (
        <>
          {' '}
          · page {n} of {last}
        </>
      )}
    </p>
  );
}

/** The pager between a term's list pages; plain links, so it works without JavaScript. */
export function TermPager({
  kind,
  id,
  name,
  n,
  last,
  newestFirst = true,
}: {
  kind: TermKind;
  id: string;
  name: string;
  n: number;
  last: number;
  newestFirst?: boolean;
}) {
  return (
    <Pager
      current={n}
      last={last}
      pathOf={(k) => termPagePath(kind, id, k)}
      label={`Pages of the incidents of ${name}`}
      {...(!newestFirst && { prev: '← Previous', next: 'Next →' })}
    />
  );
}
