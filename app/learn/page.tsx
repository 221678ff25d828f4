import type { Metadata } from 'next';
import Link from 'next/link';
import { getContent } from '@/lib/content';
import { LEARN, learnPath, quizPath } from '@/lib/routes';

export const metadata: Metadata = {
  title: 'Learn',
  description:
    'The learning goals of the material — the five goals, the four challenges, availability and failure arithmetic, fault, error and failure — each with its study pages and quiz.',
  alternates: { canonical: LEARN },
};

/** The learning goals, each with the pages that teach it and the quiz round that checks it. */
export default function LearnPage() {
  const { quiz } = getContent();
  return (
    <>
      <h1>Learn</h1>
      <p className="lede">
        What you should be able to do after working through Faultline, where to study it, and a quiz round to check it.
      </p>
      <ol className="learning-goals">
        {quiz.learningGoals.map((g) => (
          <li key={g.id} id={g.id}>
            <h2>{g.title}</h2>
            <p>{g.description}</p>
            <p>
              Study:{' '}
              {g.pages.map((p, i) => (
                <span key={p.href}>
                  {i > 0 && ' · '}
                  <Link href={p.href} prefetch={false}>
                    {p.label}
                  </Link>
                </span>
              ))}
              {' · '}
              <Link href={quizPath(`learn:${g.id}`)} prefetch={false}>
                Quiz on this goal
              </Link>
            </p>
          </li>
        ))}
      </ol>
      <h2>Study pages</h2>
      <ul>
        <li>
          <Link href={learnPath('lecture')} prefetch={false}>
            Lecture map
          </Link>{' '}
          — every idea of the lecture on goals and challenges, where it is taught and which quiz drills it.
        </li>
        <li>
          <Link href={learnPath('scaling')} prefetch={false}>
            Scaling and performance
          </Link>{' '}
          — vertical and horizontal scaling, why a bigger machine stops paying, throughput and concurrency.
        </li>
        <li>
          <Link href={learnPath('latency')} prefetch={false}>
            Latency
          </Link>{' '}
          — two definitions, nearer servers, moved and replicated data.
        </li>
        <li>
          <Link href={learnPath('fault-tolerance')} prefetch={false}>
            Fault tolerance
          </Link>{' '}
          — defined behaviour under faults, and the kinds of fault to expect, with incidents of each.
        </li>
        <li>
          <Link href={learnPath('network')} prefetch={false}>
            The four challenges
          </Link>{' '}
          — links in a full mesh, the speed of light, bandwidth, and the lecture’s case studies.
        </li>
        <li>
          <Link href={learnPath('availability')} prefetch={false}>
            Availability and the nines
          </Link>{' '}
          — downtime tables, a calculator, composition and MTTF/MTTR.
        </li>
        <li>
          <Link href={learnPath('failure-probability')} prefetch={false}>
            Failure probability
          </Link>{' '}
          — 1 − (1 − p)ⁿ, pⁿ, and why real failures are correlated.
        </li>
        <li>
          <Link href={learnPath('fault-error-failure')} prefetch={false}>
            Fault, error, failure
          </Link>{' '}
          — the chain, walked through a real incident.
        </li>
        <li>
          <Link href={learnPath('glossary')} prefetch={false}>
            Glossary
          </Link>{' '}
          — the technical terms the incidents use.
        </li>
      </ul>
    </>
  );
}
