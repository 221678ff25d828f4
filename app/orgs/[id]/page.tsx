import type { Metadata } from 'next';
import { pageMeta } from '@/lib/page-meta';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getCorpus } from '@/lib/corpus';
import { facetLabel } from '@/lib/content/facets';
import { IncidentList } from '../../_components/IncidentList';
import { ORGS, orgPath, searchPath } from '@/lib/routes';
import { countOf } from '@/lib/corpus/plural';

type Params = { params: Promise<{ id: string }> };
export const dynamicParams = false;

/** A page for every organisation that appears in an incident. */
export function generateStaticParams() {
  return [...getCorpus().byOrg.keys()].map((id) => ({ id }));
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const o = getCorpus().tax.orgById.get((await params).id);
  return o ? pageMeta({ title: o.name, description: `Incidents involving ${o.name}.`, path: orgPath(o.id) }) : {};
}

/** One organisation and its incidents, with the role it played in each. */
export default async function OrgPage({ params }: Params) {
  const { tax, byOrg } = getCorpus();
  const id = (await params).id;
  const o = tax.orgById.get(id);
  const incidents = byOrg.get(id);
  if (!o || !incidents) notFound();
  return (
    <>
      <p className="muted">
        <Link href={ORGS} prefetch={false}>
          Organisations
        </Link>{' '}
        /
      </p>
      <h1>{o.name}</h1>
      {o.url && (
        <p>
          <a href={o.url} rel="noopener noreferrer">
            {o.url}
          </a>
        </p>
      )}
      <h2>
        Incidents <span className="count">({incidents.length})</span>
      </h2>
      <IncidentList
        incidents={incidents}
        note={(i) =>
          `Role: ${i.orgs
            .filter((x) => x.id === id)
            .map((x) => facetLabel(x.role))
            .join(', ')}`
        }
      />
      <p>
        <Link href={searchPath({ org: id })} prefetch={false}>
          Refine these {countOf(incidents.length, 'incident')} in search
        </Link>
      </p>
    </>
  );
}
