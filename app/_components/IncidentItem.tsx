import Link from 'next/link';
import type { IncidentListEntry, IncidentSummary } from '@/lib/corpus/incident-summaries';
import { faultPath, incidentPath } from '@/lib/routes';

/**
 * One incident in a list: title, date, operators, summary (when given) and root/trigger fault types,
 * each a link to its fault page. Shared by the server-rendered lists and the client-side filtered
 * list, so both show the same thing.
 */
export function IncidentItem({
  inc,
  headingLevel,
  note,
}: {
  inc: IncidentSummary | IncidentListEntry;
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
      {inc.summary && <p>{inc.summary}</p>}
      <p className="fault-links">
        <span className="muted">Faults: </span>
        {inc.keyFaults.map((f, i) => (
          <span key={`${f.id}-${f.role}`}>
            {i > 0 && ' · '}
            <Link href={faultPath(f.id)} prefetch={false}>
              {f.name}
            </Link>{' '}
            <span className="muted">({f.role})</span>
          </span>
        ))}
      </p>
    </li>
  );
}
