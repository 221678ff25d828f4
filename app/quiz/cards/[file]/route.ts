import { getContent } from '@/lib/content';
import { getCorpus } from '@/lib/corpus';
import { buildPool } from '@/lib/quiz/pool';
import { cardFiles, poolIndex } from '@/lib/quiz/pool-files';

export const dynamic = 'force-static';
export const dynamicParams = false;

let cached: Map<string, unknown> | undefined;
// Built once per build: every file of the split pool, by name.
const files = () => {
  if (cached) return cached;
  const pool = buildPool(getContent(), getCorpus().tax);
  cached = new Map<string, unknown>([['index.json', poolIndex(pool)], ...cardFiles(pool)]);
  return cached;
};

/** index.json, bank.json and one file per topic: /quiz/cards/goal--availability.json. */
export function generateStaticParams() {
  return [...files().keys()].map((file) => ({ file }));
}

/** One quiz file (lib/quiz/pool-files.ts). */
export async function GET(_req: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const data = files().get(file);
  if (data === undefined) return new Response('Not found', { status: 404 });
  return Response.json(data);
}
