import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { pagedMeta } from '@/lib/page-meta';
import { getCorpus } from '@/lib/corpus';
import { laterPageParams, parsePageNumber, termPageCount } from '@/lib/corpus/term-pages';
import { termPagePath } from '@/lib/routes';
import { StaticMarkup } from '../../../../_components/StaticMarkup';
import { ChallengeView } from '../../../_components/ChallengeView';

type Params = { params: Promise<{ id: string; n: string }> };
export const dynamicParams = false;

/** Pages 2 to the last of every challenge's incident list (see laterTermPages for the one-page case). */
export function generateStaticParams({ params }: { params?: { id?: string } } = {}) {
  return laterPageParams(getCorpus(), 'challenge', params?.id);
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { id, n } = await params;
  const c = getCorpus().tax.challengeById.get(id);
  const page = parsePageNumber(n);
  if (!c || !page) return {};
  return pagedMeta({
    title: `${c.name} (challenge)`,
    description: `Incidents that illustrate the challenge ${c.name.toLowerCase()}.`,
    path: termPagePath('challenge', c.id, page),
    n: page,
    last: termPageCount(getCorpus(), 'challenge', c.id),
  });
}

/** A later page of a challenge's incident list. */
export default async function ChallengeListPage({ params }: Params) {
  const { id, n } = await params;
  const page = parsePageNumber(n);
  if (!page) notFound();
  return (
    <StaticMarkup relayKey={termPagePath('challenge', id, page)}>
      <ChallengeView id={id} n={page} />
    </StaticMarkup>
  );
}
