import type { Metadata } from 'next';
import { pagedMeta } from '@/lib/page-meta';
import { getCorpus } from '@/lib/corpus';
import { termPageCount } from '@/lib/corpus/term-pages';
import { orgPath, termPagePath } from '@/lib/routes';
import { StaticMarkup } from '../../_components/StaticMarkup';
import { OrgView } from '../_components/OrgView';

type Params = { params: Promise<{ id: string }> };
export const dynamicParams = false;

/** A page for every organisation that appears in an incident. */
export function generateStaticParams() {
  return [...getCorpus().byOrg.keys()].map((id) => ({ id }));
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const o = getCorpus().tax.orgById.get((await params).id);
  if (!o) return {};
  const last = termPageCount(getCorpus(), 'org', o.id);
  return pagedMeta({ title: o.name, description: `Incidents involving ${o.name}.`, path: orgPath(o.id), n: 1, last });
}

/** One organisation and the first page of its incidents, with the role it played in each. */
export default async function OrgPage({ params }: Params) {
  const id = (await params).id;
  return (
    <StaticMarkup relayKey={termPagePath('org', id, 1)}>
      <OrgView id={id} n={1} />
    </StaticMarkup>
  );
}
