import { facetLabel } from '@/lib/content/facets';
import { termKey, type Vocabulary } from '@/lib/search/vocabulary';
import type { FacetKey } from '@/lib/search/facets';

/** Facet headings as the page shows them. */
export const FACET_TITLES: Record<FacetKey, string> = {
  fault: 'Fault class → type',
  role: 'Fault role',
  tech: 'Technology',
  goal: 'Goal',
  challenge: 'Challenge',
  org: 'Organisation',
  year: 'Year',
  scope: 'Scope',
  propagation: 'Propagation',
};

/** What a facet's values are called in the plural, as in "Show all 12 organisations" (the fault tree is never folded). */
export const FACET_PLURALS: Record<Exclude<FacetKey, 'fault'>, string> = {
  role: 'fault roles',
  tech: 'technologies',
  goal: 'goals',
  challenge: 'challenges',
  org: 'organisations',
  year: 'years',
  scope: 'scopes',
  propagation: 'kinds of propagation',
};

/** The display name of one facet value. */
export function valueLabel(engine: Vocabulary | undefined, key: FacetKey, value: string): string {
  if (key === 'fault' || key === 'goal' || key === 'challenge') return engine?.termById.get(value)?.name ?? value;
  if (key === 'tech') return engine?.termById.get(termKey('technology', value))?.name ?? value;
  if (key === 'org') return engine?.orgName.get(value) ?? value;
  if (key === 'year') return value;
  return facetLabel(value);
}
