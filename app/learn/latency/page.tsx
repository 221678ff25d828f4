import type { Metadata } from 'next';
import Link from 'next/link';
import { fibreRoundTripMs } from '@/lib/reliability/network';
import { IdeaSection } from '../_components/IdeaSection';
import { learnPath } from '@/lib/routes';

export const metadata: Metadata = {
  title: 'Latency',
  description:
    'Latency as the lecture defines it and in plain words, and how a distributed system cuts it: nearer servers, moved and replicated data — with the fibre round-trip times that set the floor.',
  alternates: { canonical: '/learn/latency/' },
};

/** Distances with their minimum round trip in fibre, computed. */
const DISTANCES: [string, number][] = [
  ['Across a city (50 km)', 50],
  ['New York to Chicago (about 1,150 km)', 1150],
  ['New York to London (about 5,570 km)', 5570],
  ['Halfway round the Earth (about 20,000 km)', 20000],
];

/** Latency: the lecture's third goal, idea by idea. */
export default function LatencyPage() {
  return (
    <>
      <h1>Latency</h1>
      <p className="lede">How long an answer takes to arrive, and what a distributed system can do about it.</p>

      <IdeaSection id="latency-definition">
        <dl>
          <dt>The lecture’s definition</dt>
          <dd>
            Latency is the interval in which an event has already taken place but cannot yet be seen — it has happened,
            and the news of it is still on its way.
          </dd>
          <dt>A plain definition</dt>
          <dd>Latency is the time from asking for something to getting the answer.</dd>
        </dl>
        <p>
          The two meet in a distributed system. A write accepted in one data center has happened, but a reader on
          another continent cannot see it until the change has crossed the network; a user’s click has happened, but the
          page cannot show the result until the reply comes back. Either way the cost is distance and waiting, not lost
          work — which is what sets latency apart from{' '}
          <Link href={`${learnPath('scaling')}#performance-throughput`} prefetch={false}>
            throughput
          </Link>
          .
        </p>
      </IdeaSection>

      <IdeaSection id="reducing-latency">
        <p>A system with servers in many places has two levers that a single server lacks:</p>
        <ul>
          <li>
            <strong>Send each user to a nearer server.</strong> Light in fibre needs time to cover distance, so a server
            close to the user answers sooner than a distant one, however fast both are.
          </li>
          <li>
            <strong>Move or replicate the data.</strong> Put data where it is read — move it, or keep copies in several
            places. Readers avoid one overloaded bottleneck, and the bytes travel a shorter way.
          </li>
        </ul>
        <p>The floor that distance sets, for a round trip over fibre at two thirds of the speed of light:</p>
        <table>
          <caption>Minimum round-trip time over fibre, before any processing or queueing</caption>
          <thead>
            <tr>
              <th scope="col">Distance</th>
              <th scope="col">Minimum round trip</th>
            </tr>
          </thead>
          <tbody>
            {DISTANCES.map(([label, km]) => (
              <tr key={km}>
                <th scope="row">{label}</th>
                <td>{Number(fibreRoundTripMs(km).toPrecision(3))} ms</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p>
          Real routes are longer than straight lines and add routers and queues, so measured times are higher. Work out
          your own with the{' '}
          <Link href={`${learnPath('network')}#network-delays`} prefetch={false}>
            distance calculator
          </Link>
          . Copies bring their own problem: a replica that has not yet received a change serves stale data, which is the
          lecture’s kind of latency again.
        </p>
      </IdeaSection>
    </>
  );
}
