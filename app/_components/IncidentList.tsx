import type { Incident } from '@/lib/content';
import { getCorpus } from '@/lib/corpus';
import { summarise } from '@/lib/corpus/incident-summaries';
import { IncidentItem } from './IncidentItem';

/** A server-rendered list of incidents, with an optional note per incident (e.g. an organisation's role). */
export function IncidentList({
  incidents,
  headingLevel = 3,
  note,
}: {
  incidents: readonly Incident[];
  headingLevel?: 2 | 3;
  note?: (i: Incident) => string | undefined;
}) {
  const { tax } = getCorpus();
  if (incidents.length === 0) return <p className="muted">No incidents yet.</p>;
  return (
    <ul className="incident-list">
      {incidents.map((inc) => (
        <IncidentItem key={inc.id} inc={summarise(inc, tax)} headingLevel={headingLevel} note={note?.(inc)} />
      ))}
    </ul>
  );
}
