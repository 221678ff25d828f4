import Link from 'next/link';
import type { Incident } from '@/lib/content';
import { formatPartialDate } from '@/lib/content/dates';
import { getCorpus } from '@/lib/corpus';
import { operatorNames } from '@/lib/corpus/incident-summaries';
import { countOf } from '@/lib/corpus/plural';
import { incidentPath } from '@/lib/routes';

/**
 * Incidents that carry a term (goal, challenge, fault in one role), each with its date, its
 * organisations and the one-line reason given on the incident, then a link to the search filtered
 * the same way so the reader can refine it. On a paged list `total` is the whole list's length (the
 * search link's count); it defaults to the incidents shown.
 */
export function WhyList({
  incidents,
  why,
  searchHref,
  headingLevel = 3,
  total = incidents.length,
}: {
  incidents: readonly Incident[];
  why: (i: Incident) => string | undefined;
  searchHref?: string;
  headingLevel?: 3 | 4;
  total?: number;
}) {
  const { tax } = getCorpus();
  if (incidents.length === 0) return <p className="muted">No incidents yet.</p>;
  const H = headingLevel === 3 ? 'h3' : 'h4';
  return (
    <>
      <ul className="incident-list">
        {incidents.map((inc) => (
          <li key={inc.id}>
            <H className="incident-title">
              <Link href={incidentPath(inc.id)} prefetch={false}>
                {inc.title}
              </Link>
            </H>
            <p className="muted">
              <time dateTime={inc.started.at}>{formatPartialDate(inc.started)}</time> ·{' '}
              {operatorNames(inc, tax).join(', ')}
            </p>
            {why(inc) && <p>{why(inc)}</p>}
          </li>
        ))}
      </ul>
      {searchHref && (
        <p>
          <Link href={searchHref} prefetch={false}>
            Refine these {countOf(total, 'incident')} in search
          </Link>
        </p>
      )}
    </>
  );
}
