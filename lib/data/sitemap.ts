import type { Corpus } from '../corpus';

/** Fixed pages, then one per record and taxonomy term (the sitemap's list of paths). */
export function sitePaths(c: Pick<Corpus, 'incidents' | 'tax' | 'byOrg'>): string[] {
  // Pages with fixed routes; e2e/links.spec.ts fails when a built page is missing from the sitemap.
  const fixed = [
    '/',
    '/incidents/',
    '/faults/',
    '/goals/',
    '/challenges/',
    '/orgs/',
    '/matrix/',
    '/stats/',
    '/compare/',
    '/search/',
    '/quiz/',
    '/help/',
    '/about/method/',
    '/about/data/',
    '/learn/',
    '/learn/glossary/',
    '/learn/availability/',
    '/learn/failure-probability/',
    '/learn/fault-error-failure/',
    '/learn/lecture/',
    '/learn/scaling/',
    '/learn/latency/',
    '/learn/fault-tolerance/',
    '/learn/network/',
  ];
  return [
    ...fixed,
    ...c.incidents.map((i) => `/incidents/${i.id}/`),
    ...c.tax.classes.flatMap((cls) => [`/faults/${cls.id}/`, ...cls.types.map((t) => `/faults/${t.id}/`)]),
    ...[...c.tax.goalById.keys()].map((id) => `/goals/${id}/`),
    ...[...c.tax.challengeById.keys()].map((id) => `/challenges/${id}/`),
    // Organisation pages exist only for organisations with incidents (as app/orgs/[id] generates them).
    ...[...c.byOrg.keys()].map((id) => `/orgs/${id}/`),
  ];
}
