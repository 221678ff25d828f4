import Link from 'next/link';
import type { Incident } from '@/lib/content';
import { formatPartialDate } from '@/lib/content/dates';
import { getCorpus } from '@/lib/corpus';

/** A list of incidents: title, date, organisations, summary and root/trigger fault types. */
export function IncidentList({ incidents, headingLevel = 3, note }: { incidents: readonly Incident[]; headingLevel?: 2 | 3; note?: (i: Incident) => string | undefined }) {
  const { tax } = getCorpus();
  if (incidents.length === 0) return <p className="muted">No incidents yet.</p>;
  const H = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <ul className="incident-list">
      {incidents.map((inc) => {
        const extra = note?.(inc);
        return (
          <li key={inc.id} data-incident={inc.id}>
            <H>
              <Link href={`/incidents/${inc.id}/`} prefetch={false}>{inc.title}</Link>
            </H>
            <p className="muted">
              <time dateTime={inc.started.at}>{formatPartialDate(inc.started)}</time>
              {' · '}
              {inc.orgs.filter((o) => o.role === 'operator').map((o) => tax.orgById.get(o.id)?.name ?? o.id).join(', ') || inc.orgs.map((o) => tax.orgById.get(o.id)?.name ?? o.id).join(', ')}
            </p>
            {extra && <p><strong>{extra}</strong></p>}
            <p>{inc.summary}</p>
            <ul className="chips" aria-label="Root and trigger fault types">
              {inc.faults.filter((f) => f.role !== 'contributing').map((f) => (
                <li key={`${f.type}-${f.role}`} className="chip">{tax.typeById.get(f.type)?.name ?? f.type} <span className="muted">({f.role})</span></li>
              ))}
            </ul>
          </li>
        );
      })}
    </ul>
  );
}
