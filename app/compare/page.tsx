import type { Metadata } from 'next';
import Link from 'next/link';
import { pageMeta } from '@/lib/page-meta';
import { CompareView } from '../_components/CompareView';
import { COMPARE, INCIDENTS } from '@/lib/routes';

export const metadata: Metadata = pageMeta({
  title: 'Compare incidents',
  description: 'Put two or three incidents side by side on every field, with the tags they share highlighted.',
  path: COMPARE,
});

/** Side-by-side comparison; the selection lives in the URL (?a=&b=&c=) and is read in the browser. */
export default function ComparePage() {
  return (
    <>
      <h1>Compare incidents</h1>
      <p className="lede">
        Pick up to three incidents to see them side by side. Values they all share are highlighted and marked
        &ldquo;shared&rdquo;.
      </p>
      <noscript>
        <p className="notice">
          Comparing runs in your browser and needs JavaScript. Without it, open the{' '}
          <Link href={INCIDENTS} prefetch={false}>
            incidents
          </Link>{' '}
          one by one; each page lists its fault tags, goals and challenges.
        </p>
      </noscript>
      <CompareView />
    </>
  );
}
