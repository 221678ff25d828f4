'use client';
import type { Vocabulary } from '@/lib/search/vocabulary';
import { FACET_KEYS, type FacetKey, type Filters } from '@/lib/search/facets';
import { FACET_TITLES, valueLabel } from './labels';

/** The chosen facet values as removable chips, plus "Clear all". */
export function ActiveFilters({
  engine,
  filters,
  onRemove,
  onClear,
}: {
  engine?: Vocabulary;
  filters: Filters;
  onRemove: (key: FacetKey, value: string) => void;
  onClear: () => void;
}) {
  const chosen = FACET_KEYS.flatMap((key) => filters[key].map((value) => ({ key, value })));
  if (chosen.length === 0) return null;
  return (
    <div className="search-chips" aria-label="Active filters" role="region">
      <ul className="chips">
        {chosen.map(({ key, value }) => {
          const label = `${key === 'fault' ? 'Fault' : FACET_TITLES[key]}: ${valueLabel(engine, key, value)}`;
          return (
            <li key={`${key}=${value}`}>
              <button
                type="button"
                className="chip filter-chip"
                onClick={() => onRemove(key, value)}
                aria-label={`Remove filter ${label}`}
              >
                {label} <span aria-hidden="true">×</span>
              </button>
            </li>
          );
        })}
      </ul>
      <button type="button" className="clear-filters" onClick={onClear}>
        Clear all filters
      </button>
    </div>
  );
}
