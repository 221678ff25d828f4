import { distinctIncidents, getCorpus } from '@/lib/corpus';
import { incidentsAtom } from '@/lib/data/feed';
import { NO_ORIGIN_NOTE, SITE_NAME } from '@/lib/site';
import { classFeedPath, faultPath } from '@/lib/routes';

export const dynamic = 'force-static';
export const dynamicParams = false;

/** One feed per fault class: /feeds/<class-id>.xml. */
export function generateStaticParams() {
  return getCorpus().tax.classes.map((c) => ({ file: `${c.id}.xml` }));
}

/** An Atom feed of the incidents carrying any fault of one class. */
export async function GET(_req: Request, { params }: { params: Promise<{ file: string }> }) {
  const { tax, byFault, incidents: all } = getCorpus();
  const id = (await params).file.replace(/\.xml$/, '');
  const cls = tax.classById.get(id);
  if (!cls) return new Response('Not found', { status: 404 });
  const inClass = new Set(distinctIncidents(byFault.get(id)));
  const incidents = all.filter((i) => inClass.has(i));
  const xml = incidentsAtom(incidents, {
    title: `${SITE_NAME}: ${cls.name}`,
    path: faultPath(id),
    selfPath: classFeedPath(id),
  });
  // No origin, no feed: scripts/build.ts removes this stand-in and reports it.
  if (xml === null) return new Response(NO_ORIGIN_NOTE, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
}
