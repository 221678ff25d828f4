import { getContent } from '@/lib/content';
import { getCorpus } from '@/lib/corpus';
import { siteFiles } from '@/lib/data/site-files';

// Only `next dev` sees this file (next.config.ts adds the "dev.ts" page extension in development):
// the build writes these files into the export instead (scripts/write-site-files.ts).

// What a static host sends for each extension the site files use.
const TYPES: Record<string, string> = {
  json: 'application/json',
  csv: 'text/csv; charset=utf-8',
  xml: 'application/atom+xml; charset=utf-8',
};

export const dynamic = 'force-static';
export const dynamicParams = false;

let memo: Map<string, string> | undefined;
// Every site file's text by path, built once per dev server.
const byPath = () => (memo ??= new Map([...siteFiles(getContent(), getCorpus())].map((f) => [f.path, f.text])));

/** Every site file's path, as segments (a static export needs the list even in development). */
export function generateStaticParams() {
  return [...byPath().keys()].map((p) => ({ file: p.split('/').slice(1) }));
}

/** Any file of lib/data/site-files.ts by its path; 404 for any other path. */
export async function GET(_req: Request, { params }: { params: Promise<{ file: string[] }> }) {
  const sitePath = `/${(await params).file.join('/')}`;
  const text = byPath().get(sitePath);
  if (text === undefined) return new Response('Not found', { status: 404 });
  return new Response(text, {
    headers: { 'Content-Type': TYPES[sitePath.split('.').pop() ?? ''] ?? 'application/octet-stream' },
  });
}
