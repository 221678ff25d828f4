import Link from 'next/link';
import type { IncidentSummary } from '@/lib/corpus/incident-summaries';
import { incidentPath } from '@/lib/routes';

/**
 * One incident in a list: title, date, operators, summary and root/trigger fault types. Shared by
 * the server-rendered lists and the client-side incident browser, so both show the same thing.
 */
export function IncidentItem({
  inc,
  headingLevel,
  note,
}: {
  inc: IncidentSummary;
  headingLevel: 2 | 3;
  note?: string;
}) {
  const H = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <li data-incident={inc.id}>
      <H className="incident-title">
        <Link href={incidentPath(inc.id)} prefetch={false}>
          {inc.title}
        </Link>
      </H>
      <p className="muted">
        <time dateTime={inc.startedAt}>{inc.startedLabel}</time> · {inc.orgs.join(', ')}
      </p>
      {note && (
        <p>
          <strong>{note}</strong>
        </p>
      )}
      <p>{inc.summary}</p>
      <ul className="chips" aria-label="Root and trigger fault types">
        {inc.keyFaults.map((f) => (
          <li key={`${f.name}-${f.role}`} className="chip">
            {f.name} <span className="muted">({f.role})</span>
          </li>
        ))}
      </ul>
    </li>
  );
}
