import { getCorpus } from '@/lib/corpus';
import { incidentsAtom } from '@/lib/data/feed';
import { NO_ORIGIN_NOTE, SITE_NAME } from '@/lib/site';
import { FEED, INCIDENTS } from '@/lib/routes';

export const dynamic = 'force-static';

/** /feed.xml: an Atom feed of every incident. */
export function GET() {
  const xml = incidentsAtom(getCorpus().incidents, {
    title: `${SITE_NAME}: incidents`,
    path: INCIDENTS,
    selfPath: FEED,
  });
  // No origin, no feed: scripts/build.ts removes this stand-in and reports it.
  if (xml === null) return new Response(NO_ORIGIN_NOTE, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
}
