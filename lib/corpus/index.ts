import { getContent, type Incident } from '../content';
import { comparisonsByTarget, type ComparisonView } from './comparisons';
import { mentionsByTarget } from './mentions';
import { relatedIncidents, type Related } from './related';
import { indexTaxonomy, type TaxonomyIndex } from './taxonomy-index';
import { groupIncidents, incidentsByFault, type ByRole } from './tallies';

export { distinctIncidents } from './tallies';
export type { Related } from './related';
export type { ComparisonView } from './comparisons';

/** Everything pages need, computed once per build from the validated content. */
export interface Corpus {
  incidents: Incident[];
  incidentById: Map<string, Incident>;
  tax: TaxonomyIndex;
  byFault: Map<string, ByRole>;
  byGoal: Map<string, Incident[]>;
  byChallenge: Map<string, Incident[]>;
  byOrg: Map<string, Incident[]>;
  /** Incidents per technology id (technologies with none are absent). */
  byTechnology: Map<string, Incident[]>;
  byTerm: Map<string, Incident[]>;
  /** Related incidents per incident id, best first, with reasons; each list is computed on first ask. */
  related: Pick<ReadonlyMap<string, Related[]>, 'get'>;
  /** Back-links: incidents whose body wiki-links to "incident:x", "fault:y", "goal:z", "challenge:w". */
  mentionedIn: Map<string, Incident[]>;
  glossary: ReturnType<typeof getContent>['taxonomy']['glossary'];
  taxonomyVersion: string;
  /** "What these have in common" sections, keyed "fault:<id>" or "technology:<id>" (the page they sit on). */
  comparisonsByTarget: Map<string, ComparisonView[]>;
}

/** Organisations that appear in at least one incident, most incidents first, then by name. */
export function orgsByIncidentCount({ tax, byOrg }: Pick<Corpus, 'tax' | 'byOrg'>) {
  return [...tax.orgById.values()]
    .filter((o) => byOrg.has(o.id))
    .sort((a, b) => (byOrg.get(b.id)?.length ?? 0) - (byOrg.get(a.id)?.length ?? 0) || a.name.localeCompare(b.name));
}

/** Every technology in vocabulary order, with how many incidents carry it. */
export function technologyCounts({ tax, byTechnology }: Pick<Corpus, 'tax' | 'byTechnology'>) {
  return [...tax.technologyById.values()].map((t) => ({ technology: t, count: byTechnology.get(t.id)?.length ?? 0 }));
}

// Lazy because relating one incident walks much of the corpus: a build worker that renders a
// share of the pages then pays only for its share, not for all 10,000 in every process.
function lazyRelated(incidents: readonly Incident[], tax: TaxonomyIndex): Corpus['related'] {
  const byId = new Map(incidents.map((i) => [i.id, i]));
  const memo = new Map<string, Related[]>();
  return {
    get(id) {
      const inc = byId.get(id);
      if (!inc) return undefined;
      let list = memo.get(id);
      if (!list) memo.set(id, (list = relatedIncidents(inc, incidents, tax)));
      return list;
    },
  };
}

let memo: Corpus | undefined;

/** The corpus with its derived indexes, memoised per process. */
export function getCorpus(): Corpus {
  if (memo) return memo;
  const { taxonomy, incidents, comparisons } = getContent();
  const titleById = new Map(incidents.map((i) => [i.id, i.title]));
  const tax = indexTaxonomy(taxonomy);
  memo = {
    incidents,
    incidentById: new Map(incidents.map((i) => [i.id, i])),
    tax,
    byFault: incidentsByFault(incidents, tax),
    byGoal: groupIncidents(incidents, (i) => i.goals.map((g) => g.id)),
    byChallenge: groupIncidents(incidents, (i) => i.challenges.map((c) => c.id)),
    byOrg: groupIncidents(incidents, (i) => i.orgs.map((o) => o.id)),
    byTechnology: groupIncidents(incidents, (i) => i.technologies),
    byTerm: groupIncidents(incidents, (i) => i.terms),
    related: lazyRelated(incidents, tax),
    mentionedIn: mentionsByTarget(incidents),
    glossary: taxonomy.glossary,
    taxonomyVersion: taxonomy.version,
    comparisonsByTarget: comparisonsByTarget(comparisons, (id) => titleById.get(id) ?? id),
  };
  return memo;
}
