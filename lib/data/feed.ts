import { Feed } from 'feed';
import type { Incident } from '../content/load';
import { startInstant } from '../content/dates';
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

/**
 * An Atom feed of incidents, newest first. Entry dates are the incident's start (records carry no
 * publication date), so a rebuild does not re-announce old entries.
 */
export function incidentsAtom(
  incidents: readonly Incident[],
  opts: { title: string; path: string; selfPath: string },
  site: string | null = SITE_URL,
): string | null {
  // Atom links must be absolute: with no configured origin there is no feed (the build says so).
  if (!site) return null;
  const newest = incidents.reduce((t, i) => Math.max(t, startInstant(i.started.at)), 0);
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
  for (const inc of incidents) {
    const url = absoluteUrl(incidentPath(inc.id), site);
    feed.addItem({
      title: inc.title,
      id: entryId(inc.id, site),
      link: url,
      description: inc.summary,
      date: new Date(startInstant(inc.started.at)),
    });
  }
  return feed.atom1();
}
