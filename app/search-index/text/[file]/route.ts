import { getCorpus } from '@/lib/corpus';
import { textJsons } from '@/lib/search/files';

export const dynamic = 'force-static';
export const dynamicParams = false;

/** One file per incident: /search-index/text/<id>.json. */
export function generateStaticParams() {
  return getCorpus().incidents.map((i) => ({ file: `${i.id}.json` }));
}

/** An incident's prose, fetched for the snippets of the results on screen. */
export async function GET(_req: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const text = textJsons(getCorpus()).get(file.replace(/\.json$/, ''));
  if (text === undefined) return new Response('Not found', { status: 404 });
  return new Response(text, { headers: { 'Content-Type': 'application/json' } });
}
