import type { Taxonomy } from '../content/read-taxonomy';
import type { Challenge, FaultClass, FaultType, Goal, Org, Technology } from '../content/taxonomy-schema';

/** Lookups over the taxonomy, built once. */
export interface TaxonomyIndex {
  classes: FaultClass[];
  classById: Map<string, FaultClass>;
  typeById: Map<string, FaultType>;
  classOfType: Map<string, FaultClass>;
  goalById: Map<string, Goal>;
  challengeById: Map<string, Challenge>;
  orgById: Map<string, Org>;
  technologyById: Map<string, Technology>;
}

/** Indexes the taxonomy by id. */
export function indexTaxonomy(t: Taxonomy): TaxonomyIndex {
  const classOfType = new Map<string, FaultClass>();
  const typeById = new Map<string, FaultType>();
  for (const c of t.classes) {
    for (const ft of c.types) {
      typeById.set(ft.id, ft);
      classOfType.set(ft.id, c);
    }
  }
  return {
    classes: t.classes,
    classById: new Map(t.classes.map((c) => [c.id, c])),
    typeById,
    classOfType,
    goalById: new Map(t.goals.map((g) => [g.id, g])),
    challengeById: new Map(t.challenges.map((c) => [c.id, c])),
    orgById: new Map(t.orgs.map((o) => [o.id, o])),
    technologyById: new Map(t.technologies.map((x) => [x.id, x])),
  };
}
