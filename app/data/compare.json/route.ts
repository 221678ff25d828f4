import { getCorpus } from '@/lib/corpus';
import { compareRecords } from '@/lib/corpus/compare';

export const dynamic = 'force-static';

/** /data/compare.json: every incident as display rows, fetched by the compare page. */
export function GET() {
  const { incidents, tax, related } = getCorpus();
  return Response.json(compareRecords(incidents, tax, related));
}
