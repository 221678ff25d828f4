import { getCorpus } from '@/lib/corpus';
import { incidentsAtom } from '@/lib/data/feed';
import { SITE_NAME } from '@/lib/site';
import { FEED, INCIDENTS } from '@/lib/routes';

export const dynamic = 'force-static';

/** /feed.xml: an Atom feed of every incident. */
export function GET() {
  const xml = incidentsAtom(getCorpus().incidents, {
    title: `${SITE_NAME}: incidents`,
    path: INCIDENTS,
    selfPath: FEED,
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
}
