import type { Metadata } from 'next';
import Link from 'next/link';
import { amdahlSpeedup, concurrentThroughput } from '@/lib/reliability/scaling';
import { IdeaSection } from '../_components/IdeaSection';
import { CHALLENGES, goalPath, GOALS, learnPath } from '@/lib/routes';

export const metadata: Metadata = {
  title: 'Scaling and performance',
  description:
    'Scalability and performance as the lecture teaches them: vertical against horizontal scaling, why a bigger machine stops paying, commodity servers, throughput and concurrency — each tied to real incidents.',
  alternates: { canonical: '/learn/scaling/' },
};

const speedup = (f: number, n: number) => amdahlSpeedup(f, n).toFixed(1);

/** Scalability and performance: the lecture's first two goals, idea by idea. */
export default function ScalingPage() {
  return (
    <>
      <h1>Scaling and performance</h1>
      <p className="lede">
        The first two of the{' '}
        <Link href={GOALS} prefetch={false}>
          five goals
        </Link>
        : growing without breaking, and getting useful work done.
      </p>

      <IdeaSection id="scalability-definition">
        <p>
          A system is <strong>scalable</strong> when more work — more users, more data, more requests — does not make it
          worse at its job, or when it can be made bigger so that it copes. The test is what happens as load grows, not
          how fast the system is today.
        </p>
        <p>
          Growth is also a fault trigger of its own: a limit nobody reached before is crossed, or a cost that grows with
          the number of machines becomes too large. See{' '}
          <Link href={goalPath('scalability')} prefetch={false}>
            incidents that hurt scalability
          </Link>
          .
        </p>
      </IdeaSection>

      <IdeaSection id="vertical-vs-horizontal">
        <dl>
          <dt>Vertical scaling (“scaling up”)</dt>
          <dd>Give the one server more: faster processors, more cores, more memory, more storage.</dd>
          <dt>Horizontal scaling (“scaling out”)</dt>
          <dd>Add more servers and spread the work across them. This is what a distributed system makes possible.</dd>
        </dl>
        <p>
          Horizontal scaling does not need the most powerful hardware money can buy. It is built from{' '}
          <strong>commodity servers</strong> — ordinary, cheap, interchangeable machines — and because a server is a
          small unit, capacity can be <strong>added while the system runs, as the load requires</strong>, and removed
          again when it falls.
        </p>
        <p>
          The price is that the servers must now cooperate over a network, which brings in every one of the{' '}
          <Link href={CHALLENGES} prefetch={false}>
            four challenges
          </Link>
          .
        </p>
      </IdeaSection>

      <IdeaSection id="vertical-limits">
        <p>Making one machine bigger works for a while, then gives less and less for each step:</p>
        <ul>
          <li>
            <strong>Clock speeds have plateaued.</strong> Processors no longer get much faster per core from one
            generation to the next; new chips add cores instead.
          </li>
          <li>
            <strong>Hundreds of cores are hard to use.</strong> A program only gets faster on more cores if its work
            splits into parallel pieces, and whatever part stays sequential sets a ceiling. By Amdahl’s law, a program
            that is 95% parallel runs {speedup(0.95, 16)}× faster on 16 cores but only {speedup(0.95, 256)}× faster on
            256, and never more than 20×. Writing software that keeps 256 cores busy is hard.
          </li>
          <li>
            <strong>More memory can still help.</strong> A server with terabytes of RAM keeps a large working set in
            memory instead of on disk, so adding memory often pays where adding cores does not.
          </li>
        </ul>
      </IdeaSection>

      <IdeaSection id="performance-throughput">
        <p>
          <strong>Performance</strong> is how much useful work a system gets done for the time and resources it uses. A
          system that burns its processors on work nobody needs performs badly even if it never goes down.
        </p>
        <p>
          <strong>Throughput</strong> is one way to count it: the number of requests finished per unit of time. Several
          servers raise throughput by working <strong>concurrently</strong> — each handles its own share of the requests
          at the same time as the others. If one server finishes 500 requests a second, eight servers that split the
          work evenly can finish up to {concurrentThroughput(500, 8).toLocaleString('en-GB')} a second between them.
        </p>
        <p>
          Throughput is not the same as{' '}
          <Link href={learnPath('latency')} prefetch={false}>
            latency
          </Link>
          : adding servers lets more requests finish each second, but it does not make any single request faster.
        </p>
      </IdeaSection>
    </>
  );
}
