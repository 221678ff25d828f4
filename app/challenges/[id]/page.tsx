import type { Metadata } from 'next';
import { pagedMeta } from '@/lib/page-meta';
import { getCorpus } from '@/lib/corpus';
import { termPageCount } from '@/lib/corpus/term-pages';
import { challengePath, termPagePath } from '@/lib/routes';
import { StaticMarkup } from '../../_components/StaticMarkup';
import { ChallengeView } from '../_components/ChallengeView';

type Params = { params: Promise<{ id: string }> };
export const dynamicParams = false;

export function generateStaticParams() {
  return [...getCorpus().tax.challengeById.keys()].map((id) => ({ id }));
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const c = getCorpus().tax.challengeById.get((await params).id);
  if (!c) return {};
  const last = termPageCount(getCorpus(), 'challenge', c.id);
  return pagedMeta({
    title: `${c.name} (challenge)`,
    description: c.definition,
    path: challengePath(c.id),
    n: 1,
    last,
  });
}

/** One challenge: definition, explanation, and the first page of incidents that illustrate it. */
export default async function ChallengePage({ params }: Params) {
  const id = (await params).id;
  return (
    <StaticMarkup relayKey={termPagePath('challenge', id, 1)}>
      <ChallengeView id={id} n={1} />
    </StaticMarkup>
  );
}
