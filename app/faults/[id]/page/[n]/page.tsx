import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { pagedMeta } from '@/lib/page-meta';
import { getCorpus } from '@/lib/corpus';
import { laterPageParams, parsePageNumber, termPageCount } from '@/lib/corpus/term-pages';
import { termPagePath } from '@/lib/routes';
import { StaticMarkup } from '../../../../_components/StaticMarkup';
import { FaultView } from '../../../_components/FaultView';

type Params = { params: Promise<{ id: string; n: string }> };
export const dynamicParams = false;

/** Pages 2 to the last of every fault class's and type's incident list (see laterTermPages for the one-page case). */
export function generateStaticParams({ params }: { params?: { id?: string } } = {}) {
  return laterPageParams(getCorpus(), 'fault', params?.id);
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { tax } = getCorpus();
  const { id, n } = await params;
  const term = tax.classById.get(id) ?? tax.typeById.get(id);
  const page = parsePageNumber(n);
  if (!term || !page) return {};
  return pagedMeta({
    title: `${term.name} (fault ${tax.classById.has(id) ? 'class' : 'type'})`,
    description: `Incidents in which ${term.name.toLowerCase()} was the trigger, a root cause or a contributing fault.`,
    path: termPagePath('fault', id, page),
    n: page,
    last: termPageCount(getCorpus(), 'fault', id),
  });
}

/** A later page of a fault class's or type's incident list. */
export default async function FaultListPage({ params }: Params) {
  const { id, n } = await params;
  const page = parsePageNumber(n);
  if (!page) notFound();
  return (
    <StaticMarkup relayKey={termPagePath('fault', id, page)}>
      <FaultView id={id} n={page} />
    </StaticMarkup>
  );
}
