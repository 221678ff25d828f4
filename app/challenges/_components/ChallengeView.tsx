import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getCorpus } from '@/lib/corpus';
import { termPageCount } from '@/lib/corpus/term-pages';
import { CHALLENGES, searchPath } from '@/lib/routes';
import { MentionedIn } from '../../_components/MentionedIn';
import { TermWhyList } from '../../_components/TermWhyList';
import { LaterPageHeader } from '../../_components/TermPaging';
import { LectureTeaching } from '../../learn/_components/LectureTeaching';

/**
 * Page n (from 1) of one challenge. Page 1: definition, explanation, the first incidents that
 * illustrate it and back-links; later pages: a short header and the list.
 */
export function ChallengeView({ id, n }: { id: string; n: number }) {
  const { tax, byChallenge } = getCorpus();
  const c = tax.challengeById.get(id);
  if (!c) notFound();
  const incidents = byChallenge.get(c.id) ?? [];
  const last = termPageCount(getCorpus(), 'challenge', c.id);
  if (n > last) notFound();
  const list = (
    <TermWhyList
      kind="challenge"
      id={c.id}
      name={c.name}
      n={n}
      last={last}
      heading={'Incidents that illustrate it'}
      incidents={incidents}
      why={(i) => i.challenges.find((x) => x.id === c.id)?.why}
      searchHref={searchPath({ challenge: c.id })}
    />
  );
  if (n > 1)
    return (
      <>
        <LaterPageHeader kind="challenge" id={c.id} name={c.name} n={n} section="Challenges" sectionHref={CHALLENGES} />
        {list}
      </>
    );
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
      {list}
      <MentionedIn kind="challenge" id={c.id} />
    </>
  );
}
