import { getCorpus } from '@/lib/corpus';
import { bodyJson } from '@/lib/search/files';

export const dynamic = 'force-static';

/** /search-index/body.json: the serialised body-text index, fetched after the first results. */
export function GET() {
  return new Response(bodyJson(getCorpus()), { headers: { 'Content-Type': 'application/json' } });
}
