import { getCorpus } from '@/lib/corpus';
import { incidentListFile } from '@/lib/corpus/incident-summaries';

export const dynamic = 'force-static';

/** /data/incident-list.json: every incident's list fields, newest first, fetched when the incident list is filtered. */
export function GET() {
  const { incidents, tax } = getCorpus();
  return Response.json(incidentListFile(incidents, tax));
}
