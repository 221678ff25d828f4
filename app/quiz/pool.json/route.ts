import { getContent } from '@/lib/content';
import { getCorpus } from '@/lib/corpus';
import { buildPool } from '@/lib/quiz/pool';

// Written once at build time to out/quiz/pool.json; only the quiz page fetches it.
export const dynamic = 'force-static';

/** The quiz pool (bank and corpus questions, topics) as JSON. */
export function GET() {
  return Response.json(buildPool(getContent(), getCorpus().tax));
}
