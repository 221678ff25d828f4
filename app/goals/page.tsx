import type { Metadata } from 'next';
import { pageMeta } from '@/lib/page-meta';
import Link from 'next/link';
import { getCorpus } from '@/lib/corpus';
import { GOALS, goalPath } from '@/lib/routes';

export const metadata: Metadata = pageMeta({
  title: 'The five goals',
  description:
    'Scalability, performance, latency, availability and fault tolerance — the goals of a distributed system, and the incidents that hurt each.',
  path: GOALS,
});

/** The five goals of a distributed system, with counts. */
export default function GoalsPage() {
  const { tax, byGoal } = getCorpus();
  return (
    <>
      <h1>The five goals of a distributed system</h1>
      <p className="lede">Every incident here is tagged with the goals it hurt, each with a one-line reason.</p>
      <ul className="cards">
        {[...tax.goalById.values()].map((g) => (
          <li key={g.id}>
            <h2>
              <Link href={goalPath(g.id)} prefetch={false}>
                {g.name}
              </Link>{' '}
              <span className="count">({byGoal.get(g.id)?.length ?? 0})</span>
            </h2>
            <p>{g.definition}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
