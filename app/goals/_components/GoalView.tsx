import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getCorpus } from '@/lib/corpus';
import { termPageCount } from '@/lib/corpus/term-pages';
import { GOALS, MATRIX, searchPath } from '@/lib/routes';
import { MentionedIn } from '../../_components/MentionedIn';
import { TermWhyList } from '../../_components/TermWhyList';
import { LaterPageHeader } from '../../_components/TermPaging';
import { LectureTeaching } from '../../learn/_components/LectureTeaching';

/**
 * Page n (from 1) of one goal. Page 1: definition, how to recognise it in a report, the first
 * incidents that hurt it, the matrix link and back-links; later pages: a short header and the list.
 */
export function GoalView({ id, n }: { id: string; n: number }) {
  const { tax, byGoal } = getCorpus();
  const g = tax.goalById.get(id);
  if (!g) notFound();
  const incidents = byGoal.get(g.id) ?? [];
  const last = termPageCount(getCorpus(), 'goal', g.id);
  if (n > last) notFound();
  const list = (
    <TermWhyList
      kind="goal"
      id={g.id}
      name={g.name}
      n={n}
      last={last}
      heading={`Incidents that hurt ${g.name.toLowerCase()}`}
      incidents={incidents}
      why={(i) => i.goals.find((x) => x.id === g.id)?.why}
      searchHref={searchPath({ goal: g.id })}
    />
  );
  if (n > 1)
    return (
      <>
        <LaterPageHeader kind="goal" id={g.id} name={g.name} n={n} section="Goals" sectionHref={GOALS} />
        {list}
      </>
    );
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
      {list}
      <p>
        <Link href={MATRIX} prefetch={false}>
          Which faults hurt {g.name.toLowerCase()}: the fault × goal matrix
        </Link>
      </p>
      <MentionedIn kind="goal" id={g.id} />
    </>
  );
}
