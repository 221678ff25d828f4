'use client';
import { useMemo, useState, useSyncExternalStore } from 'react';
import type { IncidentSummary } from '@/lib/corpus/incident-summaries';
import { IncidentItem } from './IncidentItem';

type Option = { id: string; name: string };
type Sort = 'newest' | 'oldest' | 'title';

const noop = () => () => {};

/**
 * The incident list with filters and sorting. The server renders the full list newest first; the
 * controls appear only once JavaScript runs, so the page works without it.
 */
export function IncidentBrowser({
  items,
  classes,
  goals,
}: {
  items: IncidentSummary[];
  classes: Option[];
  goals: Option[];
}) {
  const hydrated = useSyncExternalStore(
    noop,
    () => true,
    () => false,
  );
  const [cls, setCls] = useState('');
  const [goal, setGoal] = useState('');
  const [sort, setSort] = useState<Sort>('newest');
  const shown = useMemo(() => {
    const filtered = items.filter((i) => (!cls || i.classes.includes(cls)) && (!goal || i.goals.includes(goal)));
    const order: Record<Sort, (a: IncidentSummary, b: IncidentSummary) => number> = {
      newest: (a, b) => b.sortKey - a.sortKey,
      oldest: (a, b) => a.sortKey - b.sortKey,
      title: (a, b) => a.title.localeCompare(b.title),
    };
    return [...filtered].sort(order[sort]);
  }, [items, cls, goal, sort]);

  return (
    <>
      {hydrated && (
        <form className="filters no-print" aria-label="Filter and sort incidents" onSubmit={(e) => e.preventDefault()}>
          <label>
            Fault class{' '}
            <select value={cls} onChange={(e) => setCls(e.target.value)}>
              <option value="">Any</option>
              {classes.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          </label>
          <label>
            Goal{' '}
            <select value={goal} onChange={(e) => setGoal(e.target.value)}>
              <option value="">Any</option>
              {goals.map((g) => (
                <option key={g.id} value={g.id}>
                  {g.name}
                </option>
              ))}
            </select>
          </label>
          <label>
            Sort{' '}
            <select value={sort} onChange={(e) => setSort(e.target.value as Sort)}>
              <option value="newest">Newest first</option>
              <option value="oldest">Oldest first</option>
              <option value="title">By title</option>
            </select>
          </label>
          <p role="status" className="muted">
            Showing {shown.length} of {items.length} incidents.
          </p>
        </form>
      )}
      <ul className="incident-list">
        {shown.map((inc) => (
          <IncidentItem key={inc.id} inc={inc} headingLevel={2} />
        ))}
      </ul>
    </>
  );
}
