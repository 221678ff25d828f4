'use client';
import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { filterAndSort, isIncidentListFile, type ListFilter, type Sort } from '@/lib/corpus/incident-filter';
import type { IncidentListEntry, IncidentSummary } from '@/lib/corpus/incident-summaries';
import { DATA_FILES, incidentsPagePath, withBase } from '@/lib/routes';
import { IncidentItem } from './IncidentItem';
import { Pager } from './Pager';

type Option = { id: string; name: string };

const noop = () => () => {};
const base = process.env.NEXT_PUBLIC_BASE_PATH ?? '';
/** How many filtered incidents to render before "Show more" (keeps the DOM small at 1,000 incidents). */
const STEP = 50;
const NONE: ListFilter = { cls: '', goal: '', technology: '', sort: 'newest' };

/**
 * One page of the incident list with its pager, and the list's filters. The page's incidents come
 * as props: a client component's props are plain JSON in the page, where a server component's
 * markup would be written twice (HTML and flight data). Without JavaScript the reader gets the
 * page and the pager; once a filter or an order is picked, the compact list of every incident is
 * fetched once and the matches replace the page.
 */
export function IncidentBrowser({
  items,
  page,
  pages,
  total,
  classes,
  goals,
  technologies,
}: {
  items: IncidentSummary[];
  page: number;
  pages: number;
  total: number;
  classes: Option[];
  goals: Option[];
  technologies: Option[];
}) {
  const hydrated = useSyncExternalStore(
    noop,
    () => true,
    () => false,
  );
  const [filter, setFilter] = useState<ListFilter>(NONE);
  const [all, setAll] = useState<IncidentListEntry[] | null>(null);
  const [failed, setFailed] = useState(false);
  const [limit, setLimit] = useState(STEP);
  const active = filter.cls !== '' || filter.goal !== '' || filter.technology !== '' || filter.sort !== 'newest';

  useEffect(() => {
    if (!active || all || failed) return;
    fetch(withBase(DATA_FILES.incidentListJson, base))
      .then((r) => r.json())
      .then((json: unknown) => {
        if (!isIncidentListFile(json)) throw new Error('incident-list.json is not an incident list');
        setAll(json.incidents);
      })
      .catch(() => setFailed(true));
  }, [active, all, failed]);

  const shown = useMemo(() => (all ? filterAndSort(all, filter) : []), [all, filter]);
  const set = (patch: Partial<ListFilter>) => {
    setFilter((f) => ({ ...f, ...patch }));
    setLimit(STEP);
  };
  const select = (label: string, key: 'cls' | 'goal' | 'technology', options: Option[]) => (
    <label>
      {label}{' '}
      <select value={filter[key]} onChange={(e) => set({ [key]: e.target.value })}>
        <option value="">Any</option>
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.name}
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <>
      {hydrated && (
        <details className="filters-fold no-print">
          <summary>Filter and sort</summary>
          <form className="filters" aria-label="Filter and sort incidents" onSubmit={(e) => e.preventDefault()}>
            {select('Fault class', 'cls', classes)}
            {select('Goal', 'goal', goals)}
            {select('Technology', 'technology', technologies)}
            <label>
              Sort{' '}
              <select value={filter.sort} onChange={(e) => set({ sort: e.target.value as Sort })}>
                <option value="newest">Newest first</option>
                <option value="oldest">Oldest first</option>
                <option value="title">By title</option>
              </select>
            </label>
            <p role="status" className="muted">
              {!active
                ? `All ${total} incidents, newest first, a page at a time.`
                : failed
                  ? 'The incident list could not be loaded. Reload the page to try again.'
                  : all
                    ? `Showing ${shown.length} of ${all.length} incidents.`
                    : 'Loading incidents…'}
            </p>
            {active && (
              <button type="button" onClick={() => set(NONE)}>
                Clear filters
              </button>
            )}
          </form>
        </details>
      )}
      {active && all ? (
        <>
          <ul className="incident-list">
            {shown.slice(0, limit).map((inc) => (
              <IncidentItem key={inc.id} inc={inc} headingLevel={2} />
            ))}
          </ul>
          {shown.length > limit && (
            <button type="button" onClick={() => setLimit((n) => n + STEP)}>
              Show {Math.min(STEP, shown.length - limit)} more of {shown.length - limit} left
            </button>
          )}
        </>
      ) : (
        <>
          <ul className="incident-list">
            {items.map((inc) => (
              <IncidentItem key={inc.id} inc={inc} headingLevel={2} />
            ))}
          </ul>
          <Pager current={page} last={pages} pathOf={incidentsPagePath} label="Incident list pages" />
        </>
      )}
    </>
  );
}
