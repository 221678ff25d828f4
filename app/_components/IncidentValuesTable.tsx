'use client';
import Link from 'next/link';
import { incidentPath } from '@/lib/routes';

/**
 * A table of incidents (linked by title) with already formatted values. A client component only
 * so the page's inline React data carries these rows as compact strings: rendered on the server,
 * each cell would be written twice as markup (HTML and the RSC payload), which is most of a page
 * with long tables.
 */
export function IncidentValuesTable({
  headers,
  rows,
}: {
  headers: string[];
  rows: { id: string; title: string; values: string[] }[];
}) {
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">Incident</th>
          {headers.map((h) => (
            <th key={h} scope="col">
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id}>
            <td>
              <Link href={incidentPath(r.id)} prefetch={false}>
                {r.title}
              </Link>
            </td>
            {r.values.map((v, i) => (
              <td key={headers[i] ?? i}>{v}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
