'use client';
import Link from 'next/link';
import type { SearchOutcome } from '@/lib/search/query';
import type { SearchModule } from './useSearchEngine';
import { CHALLENGES, FAULTS, GOALS, INCIDENTS, ORGS, pageOf } from '@/lib/routes';

type Engine = import('@/lib/search/browser').Engine;

/** What to do when nothing matched: nearby words, dropping filters, or browsing. */
export function NoResults({
  mod,
  engine,
  outcome,
  filtered,
  onQuery,
  onClear,
}: {
  mod: SearchModule;
  engine: Engine;
  outcome: SearchOutcome;
  filtered: boolean;
  onQuery: (q: string) => void;
  onClear: () => void;
}) {
  const nearby = mod.didYouMean(engine, outcome.query);
  const classes = engine.core.terms.filter((t) => t.kind === 'fault-class');
  const withoutFilters = filtered ? outcome.matchedBeforeFilters : 0;
  return (
    <div className="no-results">
      <p>
        No incident matches{outcome.query.text ? ` “${outcome.query.text}”` : ''}
        {filtered ? ' with these filters' : ''}.
      </p>
      <ul>
        {nearby.map((s) => (
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
