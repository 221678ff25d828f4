import type { Metadata } from 'next';
import { pageMeta } from '@/lib/page-meta';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { MentionedIn } from '../../_components/MentionedIn';
import { getCorpus } from '@/lib/corpus';
import { WhyList } from '../../_components/WhyList';
import { LectureTeaching } from '../../learn/_components/LectureTeaching';
import { CHALLENGES, challengePath, searchPath } from '@/lib/routes';

type Params = { params: Promise<{ id: string }> };
export const dynamicParams = false;

export function generateStaticParams() {
  return [...getCorpus().tax.challengeById.keys()].map((id) => ({ id }));
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const c = getCorpus().tax.challengeById.get((await params).id);
  return c ? pageMeta({ title: `${c.name} (challenge)`, description: c.definition, path: challengePath(c.id) }) : {};
}

/** One challenge: definition, explanation, and the incidents that illustrate it. */
export default async function ChallengePage({ params }: Params) {
  const { tax, byChallenge } = getCorpus();
  const c = tax.challengeById.get((await params).id);
  if (!c) notFound();
  const incidents = byChallenge.get(c.id) ?? [];
  return (
    <>
      <p className="muted">
        <Link href={CHALLENGES} prefetch={false}>
          Challenges
        </Link>{' '}
        /
      </p>
      <h1>{c.name}</h1>
      <p className="lede">{c.definition}</p>
      <p>{c.explanation}</p>
      <LectureTeaching topic={`challenge:${c.id}`} />
      <h2>
        Incidents that illustrate it <span className="count">({incidents.length})</span>
      </h2>
      <WhyList
        incidents={incidents}
        why={(i) => i.challenges.find((x) => x.id === c.id)?.why}
        searchHref={searchPath({ challenge: c.id })}
      />
      <MentionedIn kind="challenge" id={c.id} />
    </>
  );
}
