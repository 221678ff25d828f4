'use client';
import { memo, useSyncExternalStore } from 'react';
import type { Vocabulary } from '@/lib/search/vocabulary';
import { FACET_KEYS, type FacetCounts, type FacetKey, type Filters } from '@/lib/search/facets';
import { FACET_TITLES, valueLabel } from './labels';

type Toggle = (key: FacetKey, value: string) => void;

function Option({
  engine,
  facet,
  value,
  count,
  filters,
  onToggle,
}: {
  engine: Vocabulary;
  facet: FacetKey;
  value: string;
  count: number;
  filters: Filters;
  onToggle: Toggle;
}) {
  const id = `f-${facet}-${value}`;
  return (
    <span className="facet-option">
      <input type="checkbox" id={id} checked={filters[facet].includes(value)} onChange={() => onToggle(facet, value)} />
      <label htmlFor={id}>
        {valueLabel(engine, facet, value)} <span className="count">({count})</span>
      </label>
    </span>
  );
}

/** Values worth listing: those with matches, and those chosen (so they can be unchosen). */
function shown(counts: ReadonlyMap<string, number>, chosen: readonly string[], order: readonly string[]): string[] {
  return order.filter((v) => (counts.get(v) ?? 0) > 0 || chosen.includes(v));
}

// Matches the breakpoint in globals.css where the facets stop being a side column.
const WIDE = '(min-width: 50.01rem)';
const subscribeWide = (onChange: () => void) => {
  const mq = window.matchMedia(WIDE);
  mq.addEventListener('change', onChange);
  return () => mq.removeEventListener('change', onChange);
};

/** The facet panel: the fault tree (class → type), then one group per other facet, counts following the query. */
export const SearchFacets = memo(function SearchFacets({
  engine,
  counts,
  filters,
  onToggle,
}: {
  engine: Vocabulary;
  counts: FacetCounts;
  filters: Filters;
  onToggle: Toggle;
}) {
  const classes = engine.core.terms.filter((t) => t.kind === 'fault-class');
  const orderOf = (key: FacetKey): string[] => {
    const values = [...counts[key].keys(), ...filters[key]];
    if (key === 'year') return [...new Set(values)].sort().reverse();
    if (key === 'goal' || key === 'challenge') return engine.core.terms.filter((t) => t.kind === key).map((t) => t.id);
    return [...new Set(values)].sort(
      (a, b) =>
        (counts[key].get(b) ?? 0) - (counts[key].get(a) ?? 0) ||
        valueLabel(engine, key, a).localeCompare(valueLabel(engine, key, b)),
    );
  };
  // On a phone the panel would push the results below some thirty checkboxes, so there it starts
  // folded; beside the results it starts open. The reader can fold or unfold it either way.
  const wide = useSyncExternalStore(
    subscribeWide,
    () => window.matchMedia(WIDE).matches,
    () => true,
  );
  const faultClasses = classes.filter(
    (c) =>
      shown(counts.fault, filters.fault, [c.id, ...engine.core.terms.filter((t) => t.parent === c.id).map((t) => t.id)])
        .length > 0,
  );
  // No results and nothing chosen: no filter panel at all, rather than a column of empty boxes.
  if (FACET_KEYS.every((k) => filters[k].length === 0 && [...counts[k].values()].every((n) => n === 0))) return null;
  return (
    <aside className="search-facets" aria-labelledby="facets-h">
      <details open={wide}>
        <summary>
          <h2 id="facets-h">Filter</h2>
        </summary>
        {faultClasses.length > 0 && (
          <fieldset>
            <legend>{FACET_TITLES.fault}</legend>
            <ul className="facet-tree">
              {faultClasses.map((c) => (
                <li key={c.id}>
                  <Option
                    engine={engine}
                    facet="fault"
                    value={c.id}
                    count={counts.fault.get(c.id) ?? 0}
                    filters={filters}
                    onToggle={onToggle}
                  />
                  <ul>
                    {shown(
                      counts.fault,
                      filters.fault,
                      engine.core.terms.filter((t) => t.parent === c.id).map((t) => t.id),
                    ).map((id) => (
                      <li key={id}>
                        <Option
                          engine={engine}
                          facet="fault"
                          value={id}
                          count={counts.fault.get(id) ?? 0}
                          filters={filters}
                          onToggle={onToggle}
                        />
                      </li>
                    ))}
                  </ul>
                </li>
              ))}
            </ul>
          </fieldset>
        )}
        {FACET_KEYS.filter((k) => k !== 'fault').map((key) => {
          const values = shown(counts[key], filters[key], orderOf(key));
          // A facet with nothing to choose is left out rather than shown empty.
          if (values.length === 0) return null;
          return (
            <fieldset key={key}>
              <legend>{FACET_TITLES[key]}</legend>
              <ul className="facet-list">
                {values.map((v) => (
                  <li key={v}>
                    <Option
                      engine={engine}
                      facet={key}
                      value={v}
                      count={counts[key].get(v) ?? 0}
                      filters={filters}
                      onToggle={onToggle}
                    />
                  </li>
                ))}
              </ul>
            </fieldset>
          );
        })}
      </details>
    </aside>
  );
});
