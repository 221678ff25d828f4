import type { Metadata } from 'next';
import { pagedMeta } from '@/lib/page-meta';
import { getCorpus } from '@/lib/corpus';
import { termPageCount } from '@/lib/corpus/term-pages';
import { goalPath, termPagePath } from '@/lib/routes';
import { StaticMarkup } from '../../_components/StaticMarkup';
import { GoalView } from '../_components/GoalView';

type Params = { params: Promise<{ id: string }> };
export const dynamicParams = false;

export function generateStaticParams() {
  return [...getCorpus().tax.goalById.keys()].map((id) => ({ id }));
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const g = getCorpus().tax.goalById.get((await params).id);
  if (!g) return {};
  const last = termPageCount(getCorpus(), 'goal', g.id);
  return pagedMeta({ title: `${g.name} (goal)`, description: g.definition, path: goalPath(g.id), n: 1, last });
}

/** One goal: definition, how to recognise it in a report, and the first page of incidents that hurt it. */
export default async function GoalPage({ params }: Params) {
  const id = (await params).id;
  return (
    <StaticMarkup relayKey={termPagePath('goal', id, 1)}>
      <GoalView id={id} n={1} />
    </StaticMarkup>
  );
}
