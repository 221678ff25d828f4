import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { pagedMeta } from '@/lib/page-meta';
import { getCorpus } from '@/lib/corpus';
import { laterPageParams, parsePageNumber, termPageCount } from '@/lib/corpus/term-pages';
import { termPagePath } from '@/lib/routes';
import { StaticMarkup } from '../../../../_components/StaticMarkup';
import { OrgView } from '../../../_components/OrgView';

type Params = { params: Promise<{ id: string; n: string }> };
export const dynamicParams = false;

/** Pages 2 to the last of every organisation's incident list (see laterTermPages for the one-page case). */
export function generateStaticParams({ params }: { params?: { id?: string } } = {}) {
  return laterPageParams(getCorpus(), 'org', params?.id);
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { id, n } = await params;
  const o = getCorpus().tax.orgById.get(id);
  const page = parsePageNumber(n);
  if (!o || !page) return {};
  return pagedMeta({
    title: o.name,
    description: `Incidents involving ${o.name}.`,
    path: termPagePath('org', o.id, page),
    n: page,
    last: termPageCount(getCorpus(), 'org', o.id),
  });
}

/** A later page of an organisation's incident list. */
export default async function OrgListPage({ params }: Params) {
  const { id, n } = await params;
  const page = parsePageNumber(n);
  if (!page) notFound();
  return (
    <StaticMarkup relayKey={termPagePath('org', id, page)}>
      <OrgView id={id} n={page} />
    </StaticMarkup>
  );
}
