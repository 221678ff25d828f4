'use client';
import Link from 'next/link';
import type { ShownOutcome } from '@/lib/search/worker-protocol';
import { CHALLENGES, FAULTS, GOALS, INCIDENTS, ORGS, pageOf } from '@/lib/routes';

import type { Vocabulary } from '@/lib/search/vocabulary';

/** What to do when nothing matched: nearby words, dropping filters, or browsing. */
export function NoResults({
  engine,
  suggestions,
  outcome,
  filtered,
  onQuery,
  onClear,
}: {
  engine: Vocabulary;
  /** Did-you-mean queries (the worker's, each with results); undefined while they are looked for. */
  suggestions: readonly string[] | undefined;
  outcome: ShownOutcome;
  filtered: boolean;
  onQuery: (q: string) => void;
  onClear: () => void;
}) {
  const classes = engine.core.terms.filter((t) => t.kind === 'fault-class');
  const withoutFilters = filtered ? outcome.matchedBeforeFilters : 0;
  return (
    <div className="no-results">
      <p>
        No incident matches{outcome.query.text ? ` “${outcome.query.text}”` : ''}
        {filtered ? ' with these filters' : ''}.
      </p>
      <ul>
        {/* Holds the place of the suggestions while they are looked for, so the list does not jump. */}
        {suggestions === undefined && <li className="muted">Looking for similar words…</li>}
        {suggestions?.map((s) => (
          <li key={s}>
            Did you mean{' '}
            <button type="button" className="linkish" onClick={() => onQuery(s)}>
              {s}
            </button>
            ?
          </li>
        ))}
        {withoutFilters > 0 && (
          <li>
            <button type="button" className="linkish" onClick={onClear}>
              Remove the filters
            </button>{' '}
            to see {withoutFilters} {withoutFilters === 1 ? 'match' : 'matches'}.
          </li>
        )}
        <li>
          Try a fault type (&ldquo;resource exhaustion&rdquo;), an organisation, a goal (&ldquo;scalability&rdquo;) or
          fewer words.
        </li>
        {classes.length > 0 && (
          <li>
            Browse by fault type:{' '}
            {classes.map((c, i) => (
              <span key={c.id}>
                {i > 0 && ', '}
                <Link href={pageOf('fault-class', c.id)} prefetch={false}>
                  {c.name}
                </Link>
              </span>
            ))}
            .
          </li>
        )}
        <li>
          Or browse:{' '}
          <Link href={INCIDENTS} prefetch={false}>
            incidents
          </Link>
          ,{' '}
          <Link href={FAULTS} prefetch={false}>
            faults
          </Link>
          ,{' '}
          <Link href={GOALS} prefetch={false}>
            goals
          </Link>
          ,{' '}
          <Link href={CHALLENGES} prefetch={false}>
            challenges
          </Link>
          ,{' '}
          <Link href={ORGS} prefetch={false}>
            organisations
          </Link>
          .
        </li>
      </ul>
    </div>
  );
}
