import { getContent } from '@/lib/content';
import { incidentsFile } from '@/lib/data/exports';

export const dynamic = 'force-static';

/** /data/incidents.json: every incident record (schema in docs/data.md). */
export function GET() {
  const { incidents, taxonomy } = getContent();
  return Response.json(incidentsFile(incidents, taxonomy.version));
}
