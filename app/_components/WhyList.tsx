import Link from 'next/link';
import type { Incident } from '@/lib/content';
import { incidentPath } from '@/lib/routes';

/** Incidents that carry a goal or challenge, each with the one-line reason given on the incident. */
export function WhyList({
  incidents,
  why,
}: {
  incidents: readonly Incident[];
  why: (i: Incident) => string | undefined;
}) {
  if (incidents.length === 0) return <p className="muted">No incidents yet.</p>;
  return (
    <ul className="incident-list">
      {incidents.map((inc) => (
        <li key={inc.id}>
          <h3>
            <Link href={incidentPath(inc.id)} prefetch={false}>
              {inc.title}
            </Link>
          </h3>
          <p>{why(inc)}</p>
        </li>
      ))}
    </ul>
  );
}
