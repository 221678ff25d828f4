import type { Metadata } from 'next';
import Link from 'next/link';
import { Suspense } from 'react';
import { SearchApp } from './SearchApp';
import { CHALLENGES, FAULTS, GOALS, INCIDENTS, ORGS, SEARCH } from '@/lib/routes';

export const metadata: Metadata = {
  title: 'Search',
  description:
    'Find incidents by fault type, organisation, goal, challenge or any word, with typo tolerance and filters.',
  alternates: { canonical: SEARCH },
};

/** /search/: a static shell; the client part reads the URL, loads the index and searches. */
export default function SearchPage() {
  return (
    <>
      <h1>Search</h1>
      <noscript>
        <p className="notice">
          Search runs in your browser and needs JavaScript. Without it, browse the{' '}
          <Link href={INCIDENTS} prefetch={false}>
            incidents
          </Link>
          ,{' '}
          <Link href={FAULTS} prefetch={false}>
            fault taxonomy
          </Link>
          ,{' '}
          <Link href={GOALS} prefetch={false}>
            goals
          </Link>
          ,{' '}
          <Link href={CHALLENGES} prefetch={false}>
            challenges
          </Link>{' '}
          or{' '}
          <Link href={ORGS} prefetch={false}>
            organisations
          </Link>
          .
        </p>
      </noscript>
      <Suspense
        fallback={
          // As tall as the search form, status line and results area, so nothing moves when they render.
          <p className="muted search-skeleton">Loading search…</p>
        }
      >
        <SearchApp />
      </Suspense>
    </>
  );
}
