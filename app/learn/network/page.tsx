import type { Metadata } from 'next';
import Link from 'next/link';
import { formatCount, formatProbability } from '@/lib/reliability/format';
import {
  BANDWIDTH,
  FEET_PER_NS,
  fibreRoundTripMs,
  meshLinks,
  someLinkFails,
  transferSeconds,
} from '@/lib/reliability/network';
import { FibreCalculator } from '../_components/FibreCalculator';
import { IdeaSection } from '../_components/IdeaSection';
import { MeshCalculator } from '../_components/MeshCalculator';
import { challengePath, incidentPath, learnPath } from '@/lib/routes';

export const metadata: Metadata = {
  title: 'The four challenges: links, delays, failures, other people',
  description:
    'The lecture’s four challenges with their figures: links in a full mesh and the chance one fails, the speed of light in fibre, bandwidth between and inside machines, and the lecture’s own case studies — PagerDuty, Comcast and AWS Kinesis.',
  alternates: { canonical: '/learn/network/' },
};

const GB = 1e9;

/** The four challenges of the lecture, with calculators for mesh links and fibre round trips. */
export default function NetworkPage() {
  return (
    <>
      <h1>The four challenges</h1>
      <p className="lede">
        Why spreading a system over many machines is hard: more parts to fail, a network that is slow and unreliable,
        and other people’s systems in the path.
      </p>

      <IdeaSection id="more-links">
        <p>
          Each machine added is one more part that can fail — and machines must talk. If every machine talks directly to
          every other (a <strong>full mesh</strong>), each pair needs its own link, so n machines need{' '}
          <strong>n(n − 1)/2</strong> links: {meshLinks(10)} for 10 machines, {formatCount(meshLinks(100))} for 100,{' '}
          {formatCount(meshLinks(1000))} for 1,000. Machines grow linearly; links grow with the square.
        </p>
        <p>
          If each link fails with probability 1% in some window, independently, the chance that at least one of the{' '}
          {meshLinks(10)} links of a 10-machine mesh fails is {formatProbability(someLinkFails(10, 0.01))}; with 100
          machines it is {formatProbability(someLinkFails(100, 0.01))}. The same arithmetic as the{' '}
          <Link href={`${learnPath('failure-probability')}#crude-failure-model`} prefetch={false}>
            1%-a-month model
          </Link>
          , applied to links.
        </p>
        <MeshCalculator />
      </IdeaSection>

      <IdeaSection id="network-delays">
        <p>A network is not the inside of one computer stretched out. Three differences:</p>
        <ul>
          <li>
            <strong>Distance takes time.</strong> The lecture’s rule of thumb is that light covers about a foot per
            nanosecond. In vacuum it is {FEET_PER_NS.vacuum.toFixed(2)} feet; in optical fibre, where light travels at
            about two thirds of its vacuum speed, only {FEET_PER_NS.fibre.toFixed(2)} feet (about 20 cm). Inside one
            computer distances are millimetres; between data centers they are thousands of kilometres, so a round trip
            from New York to London cannot take less than {Number(fibreRoundTripMs(5570).toPrecision(3))} ms.
          </li>
          <li>
            <strong>Links run through places nobody controls.</strong> Cables cross fields, seabeds and streets where
            they can be cut, flooded or tampered with — sometimes deliberately. Inside one machine every physical
            problem can be dealt with in one place.
          </li>
          <li>
            <strong>Bandwidth is scarce.</strong> Between machines it is hard to reach even 100 MB/s; inside one
            machine, several GB/s is easy. Moving 1 GB takes {transferSeconds(GB, BANDWIDTH.betweenMachines)} s at 100
            MB/s but {transferSeconds(GB, BANDWIDTH.insideMachine)} s at 10 GB/s —{' '}
            {BANDWIDTH.insideMachine / BANDWIDTH.betweenMachines} times longer over the network.
          </li>
        </ul>
        <p>Work out the floor for any distance (the lecture’s foot-per-nanosecond is shown beside it):</p>
        <FibreCalculator />
      </IdeaSection>

      <IdeaSection id="networks-fail">
        <p>
          Networks do not only slow down; they fail — sometimes for a moment and again later (
          <strong>intermittently</strong>), sometimes for hours (<strong>for prolonged periods</strong>). A brief fault
          is often the harder one: it comes and goes before anyone can look at it.
        </p>
        <p>The lecture’s own two examples are both in the corpus:</p>
        <ul>
          <li>
            <Link href={incidentPath('pagerduty-zookeeper-poison-packet-2014')} prefetch={false}>
              PagerDuty’s ZooKeeper “poison packet”
            </Link>{' '}
            — ZooKeeper clusters locked up at random; the cause turned out to be four bugs together, two in ZooKeeper
            and two in the Linux kernel, letting a corrupted packet reach a node that could not recover from it.
          </li>
          <li>
            <Link href={incidentPath('comcast-backbone-fiber-cuts-2018')} prefetch={false}>
              Comcast’s fiber cuts of June 2018
            </Link>{' '}
            — internet, TV and voice failed across the United States for hours; Comcast blamed cuts at two backbone
            providers, a claim one of them disputed.
          </li>
        </ul>
        <p>
          See all{' '}
          <Link href={challengePath('network-unreliable')} prefetch={false}>
            incidents where the network failed
          </Link>
          .
        </p>
      </IdeaSection>

      <IdeaSection id="other-administrators">
        <p>
          No one runs a whole distributed system. Carriers run the links, cloud providers run the machines, vendors ship
          the software, and other teams run the services you call. Each is run by people who make mistakes, and their
          faults reach you as external faults you cannot fix yourself.
        </p>
        <p>
          The lecture’s example is{' '}
          <Link href={incidentPath('aws-kinesis-us-east-1-2020')} prefetch={false}>
            the AWS Kinesis outage of 25 November 2020
          </Link>
          : a small capacity addition pushed every Kinesis front-end server past an operating-system thread limit, and
          sites and apps built on AWS went down with it. See all{' '}
          <Link href={challengePath('other-administrators')} prefetch={false}>
            incidents caused by other administrators
          </Link>
          .
        </p>
      </IdeaSection>
    </>
  );
}
