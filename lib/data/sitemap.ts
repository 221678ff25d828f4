import type { Corpus } from '../corpus';
import {
  challengePath,
  faultPath,
  fixedPages,
  goalPath,
  incidentPath,
  incidentsPagePath,
  orgPath,
  technologyPath,
  termPageRoute,
} from '../routes';
import { INCIDENTS_PER_PAGE, pageCount } from '../corpus/paging';
import { TERM_KINDS, laterTermPages, type TermCorpus } from '../corpus/term-pages';

/** Fixed pages, then one per record and taxonomy term (the sitemap's list of paths). */
export function sitePaths(c: Pick<Corpus, 'incidents'> & TermCorpus): string[] {
  const listPages = pageCount(c.incidents.length, INCIDENTS_PER_PAGE);
  // Pages with fixed routes; e2e/links.spec.ts fails when a built page is missing from the sitemap.
  const fixed = fixedPages();
  return [
    ...fixed,
    // Later pages of the incident list (page 1 is INCIDENTS).
    ...Array.from({ length: listPages - 1 }, (_, i) => incidentsPagePath(i + 2)),
    ...c.incidents.map((i) => incidentPath(i.id)),
    ...c.tax.classes.flatMap((cls) => [faultPath(cls.id), ...cls.types.map((t) => faultPath(t.id))]),
    ...[...c.tax.goalById.keys()].map((id) => goalPath(id)),
    ...[...c.tax.challengeById.keys()].map((id) => challengePath(id)),
    // Organisation pages exist only for organisations with incidents (as app/orgs/[id] generates them).
    ...[...c.byOrg.keys()].map((id) => orgPath(id)),
    // Every technology has a page, with or without incidents (as app/technologies/[id] generates them).
    ...[...c.tax.technologyById.keys()].map((id) => technologyPath(id)),
    // Later pages of the term pages' incident lists (page 1 is the term's page), as */[id]/page/[n] generates them.
    ...TERM_KINDS.flatMap((kind) => laterTermPages(c, kind).map((p) => termPageRoute(kind, p.id, p.n))),
  ];
}
