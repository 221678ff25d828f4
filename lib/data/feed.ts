import { Feed } from 'feed';
import type { Incident } from '../content/load';
import { startInstant } from '../content/dates';
import { SITE_NAME } from '../site';
import { absoluteUrl } from './urls';
import { incidentPath } from '../routes';

/**
 * An Atom feed of incidents, newest first. Entry dates are the incident's start (records carry no
 * publication date), so a rebuild does not re-announce old entries.
 */
export function incidentsAtom(
  incidents: readonly Incident[],
  opts: { title: string; path: string; selfPath: string },
): string {
  const newest = incidents.reduce((t, i) => Math.max(t, startInstant(i.started.at)), 0);
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
  for (const inc of incidents) {
    const url = absoluteUrl(incidentPath(inc.id));
    feed.addItem({
      title: inc.title,
      id: url,
      link: url,
      description: inc.summary,
      date: new Date(startInstant(inc.started.at)),
    });
  }
  return feed.atom1();
}
