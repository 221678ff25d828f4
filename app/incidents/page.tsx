import type { Metadata } from 'next';
import { pageMeta } from '@/lib/page-meta';
import { IncidentPages } from '../_components/IncidentPages';
import { INCIDENTS } from '@/lib/routes';

export const metadata: Metadata = pageMeta({
  title: 'Incidents',
  description: 'Every incident in Faultline, newest first, a page at a time, with counts by fault class and goal.',
  path: INCIDENTS,
});

/** The first page of the incident list, newest first, with counts by fault class and by goal. */
export default function IncidentsPage() {
  return <IncidentPages n={1} />;
}
