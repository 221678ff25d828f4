import { getCorpus } from '@/lib/corpus';
import { bodyShards } from '@/lib/search/files';

export const dynamic = 'force-static';
export const dynamicParams = false;

/** /search-index/body/meta.json and one file per shard, /search-index/body/<n>.json (lib/search/shards.ts). */
export function generateStaticParams() {
  const { shards } = bodyShards(getCorpus());
  return [{ file: 'meta.json' }, ...shards.map((_, n) => ({ file: `${n}.json` }))];
}

/** The body index's meta file, or one shard of its postings, fetched by the search worker as queries need them. */
export async function GET(_req: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const { meta, shards } = bodyShards(getCorpus());
  const text = file === 'meta.json' ? meta : shards[Number(/^(\d+)\.json$/.exec(file)?.[1] ?? NaN)];
  if (text === undefined) return new Response('Not found', { status: 404 });
  return new Response(text, { headers: { 'Content-Type': 'application/json' } });
}
