import type { Metadata } from 'next';
import { pagedMeta } from '@/lib/page-meta';
import { getCorpus } from '@/lib/corpus';
import { termPageCount } from '@/lib/corpus/term-pages';
import { technologyPath, termPagePath } from '@/lib/routes';
import { StaticMarkup } from '../../_components/StaticMarkup';
import { TechnologyView } from '../_components/TechnologyView';

type Params = { params: Promise<{ id: string }> };
export const dynamicParams = false;

/** A page for every technology in the vocabulary, so links to one never break. */
export function generateStaticParams() {
  return [...getCorpus().tax.technologyById.keys()].map((id) => ({ id }));
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const t = getCorpus().tax.technologyById.get((await params).id);
  if (!t) return {};
  const last = termPageCount(getCorpus(), 'technology', t.id);
  return pagedMeta({ title: t.name, description: t.definition, path: technologyPath(t.id), n: 1, last });
}

/** One technology: its definition, other names, and the first page of incidents that involved it, newest first. */
export default async function TechnologyPage({ params }: Params) {
  const id = (await params).id;
  return (
    <StaticMarkup relayKey={termPagePath('technology', id, 1)}>
      <TechnologyView id={id} n={1} />
    </StaticMarkup>
  );
}
