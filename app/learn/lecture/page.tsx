import type { Metadata } from 'next';
import Link from 'next/link';
import { getContent } from '@/lib/content';
import { cardsPerIdea } from '@/lib/reliability/lecture-cards';
import { ideaHref, ideaQuizHref, LECTURE_IDEAS, type LecturePage } from '@/lib/reliability/lecture-map';
import { TableScroll } from '../../_components/TableScroll';
import { topicName } from '../_components/IdeaSection';
import { CHALLENGES, GOALS } from '@/lib/routes';

export const metadata: Metadata = {
  title: 'Lecture map',
  description:
    'Every idea of the lecture “Distributed systems: goals and challenges”, slide by slide: the Faultline page section that teaches it and the quiz topic that drills it.',
  alternates: { canonical: '/learn/lecture/' },
};

const PAGE_NAMES: Record<LecturePage, string> = {
  '/learn/scaling/': 'Scaling and performance',
  '/learn/latency/': 'Latency',
  '/learn/availability/': 'Availability and the nines',
  '/learn/failure-probability/': 'Failure probability',
  '/learn/fault-tolerance/': 'Fault tolerance',
  '/learn/network/': 'The four challenges',
};

/** The lecture map: each slide's idea → the section that teaches it → the quiz that drills it. */
export default function LectureMapPage() {
  const counts = cardsPerIdea(getContent().quiz.bank);
  return (
    <>
      <h1>Lecture map</h1>
      <p className="lede">
        The lecture on the goals and challenges of distributed systems, idea by idea: where Faultline teaches each one,
        and which quiz round drills it.
      </p>
      <p>
        The lecture sets two learning goals: list and define the five goals of distributed systems (scalability,
        performance, latency, availability, fault tolerance), and list the four challenges. The{' '}
        <Link href={GOALS} prefetch={false}>
          goals
        </Link>{' '}
        and{' '}
        <Link href={CHALLENGES} prefetch={false}>
          challenges
        </Link>{' '}
        pages define each one; the sections below teach what the slides say about them.
      </p>
      <TableScroll label="Lecture map">
        <table className="lecture-map">
          <caption>{LECTURE_IDEAS.length} ideas of the lecture, in slide order</caption>
          <thead>
            <tr>
              <th scope="col">Slide</th>
              <th scope="col">Idea</th>
              <th scope="col">Taught in</th>
              <th scope="col">Quiz topic</th>
              <th scope="col">Cards</th>
            </tr>
          </thead>
          <tbody>
            {LECTURE_IDEAS.map((i) => (
              <tr key={i.id} id={`map-${i.id}`}>
                <td>{i.slide}</td>
                <th scope="row">{i.summary}</th>
                <td>
                  <Link href={ideaHref(i)} prefetch={false}>
                    {PAGE_NAMES[i.page]}: {i.title}
                  </Link>
                </td>
                <td>
                  <Link href={ideaQuizHref(i)} prefetch={false}>
                    {topicName(i.topic)}
                  </Link>
                </td>
                <td>{counts.get(i.id)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </>
  );
}
