import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { pagedMeta } from '@/lib/page-meta';
import { getCorpus } from '@/lib/corpus';
import { laterPageParams, parsePageNumber, termPageCount } from '@/lib/corpus/term-pages';
import { termPagePath } from '@/lib/routes';
import { StaticMarkup } from '../../../../_components/StaticMarkup';
import { TechnologyView } from '../../../_components/TechnologyView';

type Params = { params: Promise<{ id: string; n: string }> };
export const dynamicParams = false;

/** Pages 2 to the last of every technology's incident list (see laterTermPages for the one-page case). */
export function generateStaticParams({ params }: { params?: { id?: string } } = {}) {
  return laterPageParams(getCorpus(), 'technology', params?.id);
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { id, n } = await params;
  const t = getCorpus().tax.technologyById.get(id);
  const page = parsePageNumber(n);
  if (!t || !page) return {};
  return pagedMeta({
    title: t.name,
    description: `Incidents that involved ${t.name}, newest first.`,
    path: termPagePath('technology', t.id, page),
    n: page,
    last: termPageCount(getCorpus(), 'technology', t.id),
  });
}

/** A later page of a technology's incident list. */
export default async function TechnologyListPage({ params }: Params) {
  const { id, n } = await params;
  const page = parsePageNumber(n);
  if (!page) notFound();
  return (
    <StaticMarkup relayKey={termPagePath('technology', id, page)}>
      <TechnologyView id={id} n={page} />
    </StaticMarkup>
  );
}
