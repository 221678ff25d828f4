import type { Metadata } from 'next';
import Link from 'next/link';
import { getCorpus } from '@/lib/corpus';
import { faultMatrix, matrixCounts } from '@/lib/corpus/matrix';
import { pageMeta } from '@/lib/page-meta';
import { MatrixTable } from '../_components/MatrixTable';
import { MATRIX, SEARCH } from '@/lib/routes';

export const metadata: Metadata = pageMeta({
  title: 'Fault × goal matrix',
  description:
    'Which fault classes and types hurt which goals of a distributed system, and which challenges they show: counts of incidents per cell, each linking to its incidents.',
  path: MATRIX,
});

/** Fault classes (expandable to types) × the five goals, and × the four challenges. */
export default function MatrixPage() {
  const { incidents, tax } = getCorpus();
  const goals = [...tax.goalById.values()].map((g) => ({ id: g.id, name: g.name }));
  const challenges = [...tax.challengeById.values()].map((c) => ({ id: c.id, name: c.name }));
  const byGoal = faultMatrix(incidents, tax, goals, (i) => i.goals.map((g) => g.id));
  const byChallenge = faultMatrix(incidents, tax, challenges, (i) => i.challenges.map((c) => c.id));
  return (
    <>
      <h1>Fault × goal matrix</h1>
      <p className="lede">
        Which failures hurt which goal. Each cell counts the incidents that carry a fault of that class or type (in any
        role) and hurt that goal; darker cells hold more. Follow a count to its incidents, listed on the{' '}
        <Link href={SEARCH} prefetch={false}>
          search page
        </Link>{' '}
        with that fault and goal chosen.
      </p>
      <section aria-labelledby="goals-h">
        <h2 id="goals-h">Fault × goal</h2>
        <MatrixTable
          caption={`Incidents per fault and goal (${incidents.length} incidents)`}
          facet="goal"
          matrix={matrixCounts(byGoal)}
        />
      </section>
      <section aria-labelledby="challenges-h">
        <h2 id="challenges-h">Fault × challenge</h2>
        <MatrixTable caption="Incidents per fault and challenge" facet="challenge" matrix={matrixCounts(byChallenge)} />
      </section>
    </>
  );
}
