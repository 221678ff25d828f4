import type { Metadata } from 'next';
import { pageMeta } from '@/lib/page-meta';
import Link from 'next/link';
import { getCorpus, orgsByIncidentCount } from '@/lib/corpus';
import { ORGS, orgPath } from '@/lib/routes';

export const metadata: Metadata = pageMeta({
  title: 'Organisations',
  description: 'The organisations whose incidents Faultline covers.',
  path: ORGS,
});

/** Organisations with at least one incident, most incidents first. */
export default function OrgsPage() {
  const { tax, byOrg } = getCorpus();
  const orgs = orgsByIncidentCount({ tax, byOrg });
  return (
    <>
      <h1>Organisations</h1>
      <p className="lede">Who ran, supplied or reported on the systems that failed.</p>
      <ul>
        {orgs.map((o) => (
          <li key={o.id}>
            <Link href={orgPath(o.id)} prefetch={false}>
              {o.name}
            </Link>{' '}
            <span className="count">({byOrg.get(o.id)?.length ?? 0})</span>
          </li>
        ))}
      </ul>
    </>
  );
}
