import type { Metadata } from 'next';
import { pageMeta } from '@/lib/page-meta';
import { getCorpus } from '@/lib/corpus';
import { IncidentList } from '../_components/IncidentList';

export const metadata: Metadata = pageMeta({
  title: 'Incidents',
  description: 'Every incident in Faultline, newest first.',
  path: '/incidents/',
});

/** All incidents, newest first. */
export default function IncidentsPage() {
  const { incidents } = getCorpus();
  return (
    <>
      <h1>Incidents</h1>
      <p className="lede">{incidents.length} public postmortems, newest first. Each is a cited case study tagged by fault type, goal and challenge.</p>
      <IncidentList incidents={incidents} headingLevel={2} />
    </>
  );
}
