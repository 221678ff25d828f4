import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { pageMeta } from '@/lib/page-meta';
import { IncidentPages, incidentPageCount } from '../../../_components/IncidentPages';
import { incidentsPagePath } from '@/lib/routes';

type Params = { params: Promise<{ n: string }> };
export const dynamicParams = false;

/**
 * Pages 2 to the last of the incident list (page 1 is /incidents/ itself). A static export needs at
 * least one param, so a corpus that fits on one page gets /incidents/page/1/, whose canonical URL
 * is /incidents/.
 */
export function generateStaticParams() {
  const last = incidentPageCount();
  if (last === 1) return [{ n: '1' }];
  return Array.from({ length: last - 1 }, (_, i) => ({ n: String(i + 2) }));
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const n = Number((await params).n);
  return pageMeta({
    title: `Incidents, page ${n}`,
    description: `Page ${n} of ${incidentPageCount()} of every incident in Faultline, newest first.`,
    path: incidentsPagePath(n),
  });
}

/** One later page of the incident list. */
export default async function IncidentsListPage({ params }: Params) {
  const n = Number((await params).n);
  if (!Number.isInteger(n) || n < 1 || n > incidentPageCount()) notFound();
  return <IncidentPages n={n} />;
}
