import { Feed } from 'feed';
import type { Incident } from '../content/load';
import { startInstant } from '../content/dates';
import { SITE_NAME } from '../site';
import { absoluteUrl } from './urls';
import { incidentPath } from '../routes';

/** When a page was published on Faultline (`added`) and last revised (`revised`, else `added`), in ms. */
export function pageDates(inc: Pick<Incident, 'added' | 'revised'>): { published: number; updated: number } {
  const published = startInstant(inc.added);
  return { published, updated: inc.revised ? startInstant(inc.revised) : published };
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
): string {
  const ordered = feedOrder(incidents);
  const newest = ordered.reduce((t, i) => Math.max(t, pageDates(i).updated), 0);
  const feed = new Feed({
    title: opts.title,
    description: 'Public distributed-systems postmortems as cited, tagged case studies.',
    id: absoluteUrl(opts.path),
    link: absoluteUrl(opts.path),
    language: 'en',
    copyright: 'Content CC BY 4.0',
    updated: new Date(newest),
    generator: SITE_NAME,
    feedLinks: { atom: absoluteUrl(opts.selfPath) },
    author: { name: `${SITE_NAME} contributors` },
  });
  for (const inc of ordered) {
    const url = absoluteUrl(incidentPath(inc.id));
    const { published, updated } = pageDates(inc);
    feed.addItem({
      title: inc.title,
      id: url,
      link: url,
      description: inc.summary,
      date: new Date(updated),
      published: new Date(published),
    });
  }
  return feed.atom1();
}
