import type { Metadata } from 'next';
import { pagedMeta } from '@/lib/page-meta';
import { getCorpus } from '@/lib/corpus';
import { termIds, termPageCount } from '@/lib/corpus/term-pages';
import { faultPath, termPagePath } from '@/lib/routes';
import { StaticMarkup } from '../../_components/StaticMarkup';
import { FaultView } from '../_components/FaultView';

type Params = { params: Promise<{ id: string }> };

export const dynamicParams = false;

/** One page per fault class and per fault type. */
export function generateStaticParams() {
  return termIds(getCorpus(), 'fault').map((id) => ({ id }));
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { tax } = getCorpus();
  const id = (await params).id;
  const term = tax.classById.get(id) ?? tax.typeById.get(id);
  if (!term) return {};
  return pagedMeta({
    title: `${term.name} (fault ${tax.classById.has(id) ? 'class' : 'type'})`,
    description: term.definition,
    path: faultPath(id),
    n: 1,
    last: termPageCount(getCorpus(), 'fault', id),
  });
}

/** A fault class or type: definition, dependability profile, parent/children, and the first page of incidents by role. */
export default async function FaultPage({ params }: Params) {
  const id = (await params).id;
  return (
    <StaticMarkup relayKey={termPagePath('fault', id, 1)}>
      <FaultView id={id} n={1} />
    </StaticMarkup>
  );
}
