import Link from 'next/link';
import type { Incident } from '@/lib/content';
import { getCorpus } from '@/lib/corpus';
import { operatorNames } from '@/lib/corpus/incident-summaries';
import { formatPartialDate } from '@/lib/content/dates';
import { incidentPath } from '@/lib/routes';

/**
 * A compact server-rendered list of incidents: date, title and operators, one row each. Used where a
 * page may list many incidents (a technology), so the page stays small as the corpus grows.
 */
export function IncidentTable({ incidents, caption }: { incidents: readonly Incident[]; caption: string }) {
  const { tax } = getCorpus();
  if (incidents.length === 0) return <p className="muted">No incidents yet.</p>;
  return (
    <table className="incident-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Started</th>
          <th scope="col">Incident</th>
          <th scope="col">Organisation</th>
        </tr>
      </thead>
      <tbody>
        {incidents.map((inc) => (
          <tr key={inc.id}>
            <td>
              <time dateTime={inc.started.at}>{formatPartialDate(inc.started)}</time>
            </td>
            <th scope="row">
              <Link href={incidentPath(inc.id)} prefetch={false}>
                {inc.title}
              </Link>
            </th>
            <td>{operatorNames(inc, tax).join(', ')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
