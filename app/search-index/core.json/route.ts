import { getCorpus } from '@/lib/corpus';
import { coreJson } from '@/lib/search/files';

export const dynamic = 'force-static';

/** /search-index/core.json, written as a static file by the export. */
export function GET() {
  return new Response(coreJson(getCorpus()), { headers: { 'Content-Type': 'application/json' } });
}
