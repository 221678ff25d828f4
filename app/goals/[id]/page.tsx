import type { Metadata } from 'next';
import { pageMeta } from '@/lib/page-meta';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { MentionedIn } from '../../_components/MentionedIn';
import { getCorpus } from '@/lib/corpus';
import { WhyList } from '../../_components/WhyList';
import { LectureTeaching } from '../../learn/_components/LectureTeaching';
import { GOALS, MATRIX, goalPath, searchPath } from '@/lib/routes';

type Params = { params: Promise<{ id: string }> };
export const dynamicParams = false;

export function generateStaticParams() {
  return [...getCorpus().tax.goalById.keys()].map((id) => ({ id }));
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const g = getCorpus().tax.goalById.get((await params).id);
  return g ? pageMeta({ title: `${g.name} (goal)`, description: g.definition, path: goalPath(g.id) }) : {};
}

/** One goal: definition, how to recognise it in a report, and the incidents that hurt it. */
export default async function GoalPage({ params }: Params) {
  const { tax, byGoal } = getCorpus();
  const g = tax.goalById.get((await params).id);
  if (!g) notFound();
  const incidents = byGoal.get(g.id) ?? [];
  return (
    <>
      <p className="muted">
        <Link href={GOALS} prefetch={false}>
          Goals
        </Link>{' '}
        /
      </p>
      <h1>{g.name}</h1>
      <p className="lede">{g.definition}</p>
      <p>
        <strong>How to recognise it in a report:</strong> {g.evidence}
      </p>
      <LectureTeaching topic={`goal:${g.id}`} />
      <h2>
        Incidents that hurt {g.name.toLowerCase()} <span className="count">({incidents.length})</span>
      </h2>
      <WhyList
        incidents={incidents}
        why={(i) => i.goals.find((x) => x.id === g.id)?.why}
        searchHref={searchPath({ goal: g.id })}
      />
      <p>
        <Link href={MATRIX} prefetch={false}>
          Which faults hurt {g.name.toLowerCase()}: the fault × goal matrix
        </Link>
      </p>
      <MentionedIn kind="goal" id={g.id} />
    </>
  );
}
