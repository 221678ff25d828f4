import { getContent } from '@/lib/content';
import { incidentsCsv } from '@/lib/data/csv';

export const dynamic = 'force-static';

/** /data/incidents.csv: one flat row per incident. */
export function GET() {
  return new Response(incidentsCsv(getContent().incidents), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}
