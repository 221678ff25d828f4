import type { Metadata } from 'next';
import Link from 'next/link';
import { pageMeta } from '@/lib/page-meta';
import { getCorpus, technologyCounts } from '@/lib/corpus';
import { TECHNOLOGIES, technologyPath } from '@/lib/routes';

export const metadata: Metadata = pageMeta({
  title: 'Technologies',
  description:
    'The systems, protocols and products involved in Faultline’s incidents, with how many incidents involve each.',
  path: TECHNOLOGIES,
});

/** Every technology in the vocabulary with its incident count; those without incidents are listed apart. */
export default function TechnologiesPage() {
  const corpus = getCorpus();
  const rows = technologyCounts(corpus);
  const used = rows
    .filter((r) => r.count > 0)
    .sort((a, b) => b.count - a.count || a.technology.name.localeCompare(b.technology.name));
  const unused = rows.filter((r) => r.count === 0);
  return (
    <>
      <h1>Technologies</h1>
      <p className="lede">
        The systems, protocols and products the incidents involved: {used.length} of {rows.length} technologies have at
        least one incident. An incident counts under every technology it involved.
      </p>
      <table className="technology-table">
        <caption>Technologies by number of incidents</caption>
        <thead>
          <tr>
            <th scope="col">Technology</th>
            <th scope="col">Incidents</th>
          </tr>
        </thead>
        <tbody>
          {used.map(({ technology: t, count }) => (
            <tr key={t.id}>
              <th scope="row">
                <Link href={technologyPath(t.id)} prefetch={false}>
                  {t.name}
                </Link>
              </th>
              <td>{count}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {unused.length > 0 && (
        <>
          <h2>No incidents yet</h2>
          <ul>
            {unused.map(({ technology: t }) => (
              <li key={t.id}>
                <Link href={technologyPath(t.id)} prefetch={false}>
                  {t.name}
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
