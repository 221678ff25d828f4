'use client';
import { memo, useCallback, useMemo, useState, useSyncExternalStore } from 'react';
import type { Vocabulary } from '@/lib/search/vocabulary';
import { FACET_KEYS, type FacetCounts, type FacetKey, type Filters } from '@/lib/search/facets';
import { byCountThenLabel, FACET_TOP, visibleValues } from '@/lib/search/facet-list';
import { FACET_PLURALS, FACET_TITLES, valueLabel } from './labels';

type Toggle = (key: FacetKey, value: string) => void;
type Listed = Exclude<FacetKey, 'fault'>;
const LISTED = FACET_KEYS.filter((k): k is Listed => k !== 'fault');

// One collator for every sort: the panel re-sorts a hundred labels per answer.
const collator = new Intl.Collator();

/**
 * One checkbox. Memoised on plain props (checked is worked out by the caller, onToggle is stable),
 * so an answer re-renders only the options whose count or state changed.
 */
const Option = memo(function Option({
  engine,
  facet,
  value,
  count,
  checked,
  onToggle,
}: {
  engine: Vocabulary;
  facet: FacetKey;
  value: string;
  count: number;
  checked: boolean;
  onToggle: Toggle;
}) {
  const id = `f-${facet}-${value}`;
  return (
    <span className="facet-option">
      <input type="checkbox" id={id} checked={checked} onChange={() => onToggle(facet, value)} />
      <label htmlFor={id}>
        {valueLabel(engine, facet, value)} <span className="count">({count})</span>
      </label>
    </span>
  );
});

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

/**
 * The facet panel: the fault tree (class → type), then one group per other facet, counts following
 * the query. A group with more than FACET_TOP values lists its top ones (and the chosen ones) until
 * the reader asks for all.
 */
export const SearchFacets = memo(function SearchFacets({
  engine,
  counts,
  filters,
  onToggle,
}: {
  engine: Vocabulary;
  counts: FacetCounts;
  filters: Filters;
  /** Must be stable across renders, or every option re-renders on every answer. */
  onToggle: Toggle;
}) {
  const tree = useMemo(
    () =>
      engine.core.terms
        .filter((t) => t.kind === 'fault-class')
        .map((c) => ({ id: c.id, types: engine.core.terms.filter((t) => t.parent === c.id).map((t) => t.id) })),
    [engine],
  );
  // Sorted once per answer, not once per render: filters and folding re-render without re-sorting.
  const orders = useMemo(() => {
    const out = {} as Record<Listed, string[]>;
    for (const key of LISTED) {
      if (key === 'year') out[key] = [...counts.year.keys()].sort().reverse();
      // Goals and challenges keep the taxonomy's order (a handful each, so never folded).
      else if (key === 'goal' || key === 'challenge')
        out[key] = engine.core.terms.filter((t) => t.kind === key).map((t) => t.id);
      else out[key] = byCountThenLabel(counts[key].keys(), counts[key], (v) => valueLabel(engine, key, v), collator);
    }
    return out;
  }, [engine, counts]);
  const [expanded, setExpanded] = useState<ReadonlySet<Listed>>(() => new Set());
  // The value the reader last toggled stays listed even when it leaves the top values or drops to
  // no matches, so unchoosing it in a folded group does not pull the checkbox (and focus) away.
  const [touched, setTouched] = useState<{ facet: FacetKey; value: string }>();
  const toggle = useCallback<Toggle>(
    (facet, value) => {
      setTouched({ facet, value });
      onToggle(facet, value);
    },
    [onToggle],
  );
  const flip = (key: Listed) => {
    setTouched(undefined);
    setExpanded((s) => {
      const next = new Set(s);
      if (!next.delete(key)) next.add(key);
      return next;
    });
  };
  const keep = (key: FacetKey): readonly string[] =>
    touched?.facet === key && !filters[key].includes(touched.value) ? [...filters[key], touched.value] : filters[key];

  // On a phone the panel would push the results below some thirty checkboxes, so there it starts
  // folded; beside the results it starts open. The reader can fold or unfold it either way.
  const wide = useSyncExternalStore(
    subscribeWide,
    () => window.matchMedia(WIDE).matches,
    () => true,
  );
  // No results and nothing chosen: no filter panel at all, rather than a column of empty boxes.
  if (FACET_KEYS.every((k) => filters[k].length === 0 && [...counts[k].values()].every((n) => n === 0))) return null;
  const faults = tree
    .map((c) => ({ ...c, types: shown(counts.fault, keep('fault'), c.types) }))
    .filter((c) => c.types.length > 0 || shown(counts.fault, keep('fault'), [c.id]).length > 0);
  const option = (facet: FacetKey, value: string) => (
    <Option
      engine={engine}
      facet={facet}
      value={value}
      count={counts[facet].get(value) ?? 0}
      checked={filters[facet].includes(value)}
      onToggle={toggle}
    />
  );
  return (
    <aside className="search-facets" aria-labelledby="facets-h">
      <details open={wide}>
        <summary>
          <h2 id="facets-h">Filter</h2>
        </summary>
        {faults.length > 0 && (
          // The fault tree is listed whole: a fixed taxonomy of some forty values in eight classes,
          // each type under its class, where a top-eight cut would split classes from their types.
          <fieldset>
            <legend>{FACET_TITLES.fault}</legend>
            <ul className="facet-tree">
              {faults.map((c) => (
                <li key={c.id}>
                  {option('fault', c.id)}
                  <ul>
                    {c.types.map((id) => (
                      <li key={id}>{option('fault', id)}</li>
                    ))}
                  </ul>
                </li>
              ))}
            </ul>
          </fieldset>
        )}
        {LISTED.map((key) => {
          const { values, withMatches, folded } = visibleValues(
            orders[key],
            counts[key],
            keep(key),
            expanded.has(key),
            FACET_TOP,
          );
          // A facet with nothing to choose is left out rather than shown empty.
          if (values.length === 0) return null;
          const listId = `facet-${key}`;
          return (
            <fieldset key={key}>
              <legend>{FACET_TITLES[key]}</legend>
              <ul className="facet-list" id={listId}>
                {values.map((v) => (
                  <li key={v}>{option(key, v)}</li>
                ))}
              </ul>
              {withMatches > FACET_TOP && (
                <button
                  type="button"
                  className="facet-more"
                  aria-expanded={!folded}
                  aria-controls={listId}
                  onClick={() => flip(key)}
                >
                  {folded ? `Show all ${withMatches} ${FACET_PLURALS[key]}` : `Show fewer ${FACET_PLURALS[key]}`}
                </button>
              )}
            </fieldset>
          );
        })}
      </details>
    </aside>
  );
});
