import { getContent } from '@/lib/content';
import { taxonomyFile } from '@/lib/data/exports';

export const dynamic = 'force-static';

/** /data/taxonomy.json: fault classes and types, goals, challenges, organisations. */
export function GET() {
  return Response.json(taxonomyFile(getContent().taxonomy));
}
