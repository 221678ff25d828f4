import type { Incident } from '../content';
import { FAULT_ROLES } from '../content/facets';
import type { TermKind } from '../routes';
import type { Corpus } from './index';
import { pageCount } from './paging';
import type { ByRole, FaultRole } from './tallies';

/**
 * How many listings one page of a term page's incident list shows, by kind. Sized from built pages
 * (HTML with Next's inline payload): a page's frame is about 10 KB; a goal, challenge or fault
 * listing (title, date, organisations, one-line reason) about 1.3 KB; a technology table row about
 * 0.8 KB; an organisation's listing (with summary and fault links, as on /incidents/) about 3 KB.
 * Measured: 43–47 KB for a full later page and at most 59 KB for a page 1 at 100 incidents; at most
 * 48 KB for any term page of the 1,000-incident synthetic build; the budget is 100 KB.
 */
export const TERM_PAGE_SIZE: Readonly<Record<TermKind, number>> = {
  fault: 25,
  goal: 25,
  challenge: 25,
  technology: 40,
  org: 15,
};

/** The term kinds with paged lists, in sitemap order. */
export const TERM_KINDS: readonly TermKind[] = ['fault', 'goal', 'challenge', 'org', 'technology'];

/** One listing on a fault page: an incident under one role the fault played in it. */
export interface RoleEntry {
  role: FaultRole;
  incident: Incident;
}

/** A fault's role groups as one list, in FAULT_ROLES order (trigger, root, contributing), each group in corpus order. */
export function roleEntries(group: ByRole | undefined): RoleEntry[] {
  if (!group) return [];
  return FAULT_ROLES.flatMap((role) => group[role].map((incident) => ({ role, incident })));
}

/** Consecutive entries with the same role, in order: the role sections one page of a fault list shows. */
export function roleRuns(entries: readonly RoleEntry[]): { role: FaultRole; incidents: Incident[] }[] {
  const runs: { role: FaultRole; incidents: Incident[] }[] = [];
  for (const { role, incident } of entries) {
    const last = runs.at(-1);
    if (last?.role === role) last.incidents.push(incident);
    else runs.push({ role, incidents: [incident] });
  }
  return runs;
}

/** The page (from 1) on which each role's group starts; roles without incidents are absent. */
export function roleStartPages(group: ByRole | undefined, size: number): Partial<Record<FaultRole, number>> {
  const out: Partial<Record<FaultRole, number>> = {};
  let before = 0;
  for (const role of FAULT_ROLES) {
    const n = group?.[role].length ?? 0;
    if (n > 0) out[role] = Math.floor(before / size) + 1;
    before += n;
  }
  return out;
}

/** The corpus indexes term pages are built from. */
export type TermCorpus = Pick<Corpus, 'tax' | 'byFault' | 'byGoal' | 'byChallenge' | 'byOrg' | 'byTechnology'>;

/**
 * Ids of every term page of a kind, as the pages are generated: every fault class and type, goal,
 * challenge and technology; organisations only when they have incidents.
 */
export function termIds(c: TermCorpus, kind: TermKind): string[] {
  switch (kind) {
    case 'fault':
      return c.tax.classes.flatMap((cls) => [cls.id, ...cls.types.map((t) => t.id)]);
    case 'goal':
      return [...c.tax.goalById.keys()];
    case 'challenge':
      return [...c.tax.challengeById.keys()];
    case 'org':
      return [...c.byOrg.keys()];
    case 'technology':
      return [...c.tax.technologyById.keys()];
  }
}

/** The incidents a term page lists, in order (a fault's in role order, once per role). */
export function termIncidents(c: TermCorpus, kind: TermKind, id: string): Incident[] {
  switch (kind) {
    case 'fault':
      return roleEntries(c.byFault.get(id)).map((e) => e.incident);
    case 'goal':
      return c.byGoal.get(id) ?? [];
    case 'challenge':
      return c.byChallenge.get(id) ?? [];
    case 'org':
      return c.byOrg.get(id) ?? [];
    case 'technology':
      return c.byTechnology.get(id) ?? [];
  }
}

/** Number of pages of a term's list (at least 1). */
export function termPageCount(c: TermCorpus, kind: TermKind, id: string): number {
  return pageCount(termIncidents(c, kind, id).length, TERM_PAGE_SIZE[kind]);
}

/**
 * Every later page (n ≥ 2) of every term of a kind. A static export needs at least one route
 * param, so when no term has a second page the first term's page 1 stands in (its canonical URL is
 * the term's own page); with no term at all there is nothing.
 */
export function laterTermPages(c: TermCorpus, kind: TermKind): { id: string; n: number }[] {
  const ids = termIds(c, kind);
  const later = ids.flatMap((id) =>
    Array.from({ length: termPageCount(c, kind, id) - 1 }, (_, i) => ({ id, n: i + 2 })),
  );
  if (later.length > 0 || ids.length === 0) return later;
  return [{ id: ids[0]!, n: 1 }];
}

/** The first and last position (from 1) of the listings on page n of `total`, `size` a page; last < first when empty. */
export function pageRange(total: number, n: number, size: number): { first: number; last: number } {
  const first = (n - 1) * size + 1;
  return { first, last: Math.min(total, n * size) };
}

/**
 * Route params of the later pages of a kind, for generateStaticParams of `<kind>/[id]/page/[n]`:
 * only those of `parentId` when Next passes the parent's params, all of them otherwise.
 */
export function laterPageParams(c: TermCorpus, kind: TermKind, parentId?: string): { id: string; n: string }[] {
  return laterTermPages(c, kind)
    .filter((p) => parentId === undefined || p.id === parentId)
    .map((p) => ({ id: p.id, n: String(p.n) }));
}

/** A page-number route param as a number, or undefined unless it is a whole number ≥ 1. */
export function parsePageNumber(param: string): number | undefined {
  const n = Number(param);
  return /^[1-9]\d*$/.test(param) && Number.isSafeInteger(n) ? n : undefined;
}
