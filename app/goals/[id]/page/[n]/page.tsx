import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { pagedMeta } from '@/lib/page-meta';
import { getCorpus } from '@/lib/corpus';
import { laterPageParams, parsePageNumber, termPageCount } from '@/lib/corpus/term-pages';
import { termPagePath } from '@/lib/routes';
import { StaticMarkup } from '../../../../_components/StaticMarkup';
import { GoalView } from '../../../_components/GoalView';

type Params = { params: Promise<{ id: string; n: string }> };
export const dynamicParams = false;

/** Pages 2 to the last of every goal's incident list (see laterTermPages for the one-page case). */
export function generateStaticParams({ params }: { params?: { id?: string } } = {}) {
  return laterPageParams(getCorpus(), 'goal', params?.id);
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { id, n } = await params;
  const g = getCorpus().tax.goalById.get(id);
  const page = parsePageNumber(n);
  if (!g || !page) return {};
  const last = termPageCount(getCorpus(), 'goal', g.id);
  return pagedMeta({
    title: `${g.name} (goal)`,
    description: `Incidents that hurt ${g.name.toLowerCase()}.`,
    path: termPagePath('goal', g.id, page),
    n: page,
    last,
  });
}

/** A later page of a goal's incident list. */
export default async function GoalListPage({ params }: Params) {
  const { id, n } = await params;
  const page = parsePageNumber(n);
  if (!page) notFound();
  return (
    <StaticMarkup relayKey={termPagePath('goal', id, page)}>
      <GoalView id={id} n={page} />
    </StaticMarkup>
  );
}
