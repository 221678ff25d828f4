import type { Metadata } from 'next';
import { pageMeta } from '@/lib/page-meta';
import { CompareView } from '../_components/CompareView';

export const metadata: Metadata = pageMeta({
  title: 'Compare incidents',
  description: 'Put two or three incidents side by side on every field, with the tags they share highlighted.',
  path: '/compare/',
});

/** Side-by-side comparison; the selection lives in the URL (?a=&b=&c=) and is read in the browser. */
export default function ComparePage() {
  return (
    <>
      <h1>Compare incidents</h1>
      <p className="lede">Pick up to three incidents to see them side by side. Values they all share are highlighted and marked &ldquo;shared&rdquo;.</p>
      <CompareView />
    </>
  );
}
