import type { Metadata } from 'next';
import { pageMeta } from '@/lib/page-meta';
import Link from 'next/link';
import { getCorpus } from '@/lib/corpus';
import { CHALLENGES, challengePath } from '@/lib/routes';

export const metadata: Metadata = pageMeta({
  title: 'The four challenges',
  description:
    'Why distributed systems are hard: more links that fail, network delay, unreliable networks, and other administrators.',
  path: CHALLENGES,
});

/** The four challenges, with counts. */
export default function ChallengesPage() {
  const { tax, byChallenge } = getCorpus();
  return (
    <>
      <h1>The four challenges</h1>
      <p className="lede">What makes distributed systems hard, and the incidents that show each.</p>
      <ul className="cards">
        {[...tax.challengeById.values()].map((c) => (
          <li key={c.id}>
            <h2>
              <Link href={challengePath(c.id)} prefetch={false}>
                {c.name}
              </Link>{' '}
              <span className="count">({byChallenge.get(c.id)?.length ?? 0})</span>
            </h2>
            <p>{c.definition}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
