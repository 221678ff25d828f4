import { Feed } from 'feed';
import type { Incident } from '../content/load';
import { originalId } from '../corpus/renamed';
import { SITE_NAME, SITE_URL } from '../site';
import { absoluteUrl } from './urls';
import { incidentPath } from '../routes';

/**
 * An entry's Atom id, fixed at first publication: the URL under the id the incident was first
 * published with (a renamed incident keeps its old one, whose URL redirects to the new page).
 */
export function entryId(incidentId: string, site: string): string {
  return absoluteUrl(incidentPath(originalId(incidentId)), site);
}

/** When a page was published on Faultline (`added`) and last revised (`revised`, else `added`), in ms. */
function pageDates(inc: Pick<Incident, 'added' | 'revised'>): { published: number; updated: number } {
  const published = inc.added.start;
  return { published, updated: (inc.revised ?? inc.added).start };
}

/** Feed order: most recently updated first; a tie (pages added the same day) is broken by id. */
export function feedOrder(incidents: readonly Incident[]): Incident[] {
  return [...incidents].sort((a, b) => pageDates(b).updated - pageDates(a).updated || a.id.localeCompare(b.id));
}

/**
 * An Atom feed of incident pages. Entries are dated by the page, not the outage: `published` is the
 * day the page was added and `updated` its last revision, so a new case study of an old outage is
 * announced as new. The feed's `updated` is the newest entry's.
 */
export function incidentsAtom(
  incidents: readonly Incident[],
  opts: { title: string; path: string; selfPath: string },
  site: string | null = SITE_URL,
): string | null {
  // Atom links must be absolute: with no configured origin there is no feed (the build says so).
  if (!site) return null;
  const ordered = feedOrder(incidents);
  const newest = ordered.reduce((t, i) => Math.max(t, pageDates(i).updated), 0);
  const feed = new Feed({
    title: opts.title,
    description: 'Public distributed-systems postmortems as cited, tagged case studies.',
    id: absoluteUrl(opts.path, site),
    link: absoluteUrl(opts.path, site),
    language: 'en',
    copyright: 'Content CC BY 4.0',
    updated: new Date(newest),
    generator: SITE_NAME,
    feedLinks: { atom: absoluteUrl(opts.selfPath, site) },
    author: { name: `${SITE_NAME} contributors` },
  });
  for (const inc of ordered) {
    const { published, updated } = pageDates(inc);
    feed.addItem({
      title: inc.title,
      id: entryId(inc.id, site),
      link: absoluteUrl(incidentPath(inc.id), site),
      description: inc.summary,
      date: new Date(updated),
      published: new Date(published),
    });
  }
  return feed.atom1();
}
