import { LECTURE_IDEAS, ideaHref } from '../reliability/lecture-map';
import {
  challengePath,
  faultPath,
  fixedPages,
  glossaryTermPath,
  goalPath,
  incidentPath,
  orgPath,
  technologyPath,
} from '../routes';
import type { Taxonomy } from './read-taxonomy';

/**
 * Every site-internal link a content file may write: each page's path (from lib/routes.ts, so a
 * renamed route changes this too) and, for pages whose sections are known from data, the path with
 * `#anchor` — lecture ideas on their study page, glossary terms on their glossary page. The
 * sitemap (lib/data/sitemap.ts) lists the same pages from the built corpus; the check runs before
 * there is one, so this reads the taxonomy and the incidents' organisations instead.
 */
export function linkTargets(
  taxonomy: Taxonomy,
  incidentIds: Iterable<string>,
  orgsWithIncidents: ReadonlySet<string>,
): ReadonlySet<string> {
  return new Set([
    ...fixedPages(),
    ...taxonomy.classes.flatMap((c) => [faultPath(c.id), ...c.types.map((t) => faultPath(t.id))]),
    ...taxonomy.goals.map((g) => goalPath(g.id)),
    ...taxonomy.challenges.map((c) => challengePath(c.id)),
    // An organisation has a page only when an incident names it (as app/orgs/[id] generates them).
    ...taxonomy.orgs.filter((o) => orgsWithIncidents.has(o.id)).map((o) => orgPath(o.id)),
    ...taxonomy.technologies.map((t) => technologyPath(t.id)),
    ...[...incidentIds].map(incidentPath),
    ...LECTURE_IDEAS.map(ideaHref),
    ...taxonomy.glossary.map((t) => glossaryTermPath(t.id)),
  ]);
}
