/**
 * The lecture "Distributed systems: goals and challenges", idea by idea: which slide makes it,
 * which page section of Faultline teaches it, which quiz topic drills it, and which incidents of
 * the corpus are evidence for it. The lecture map page, the study pages' section headings, the goal
 * and challenge pages' teaching panels and the card-count test all read this one list.
 */

import { learnPath, quizPath, type LearnPage } from '../routes';

/** A study page under /learn/ that teaches lecture ideas (its slug; the URL comes from lib/routes). */
export type LecturePage = Extract<
  LearnPage,
  'scaling' | 'latency' | 'availability' | 'failure-probability' | 'fault-tolerance' | 'network'
>;

/** An incident that bears an idea out, with the reason in one sentence. */
interface Evidence {
  incident: string;
  why: string;
}

/** One idea of the lecture. */
export interface LectureIdea {
  /** Stable id: the section anchor on its page and the `idea` of its quiz cards. */
  id: string;
  /** The slide that makes the point, by its heading in the lecture. */
  slide: string;
  /** Our heading for the section that teaches it. */
  title: string;
  /** The idea in one sentence, in Faultline's words. */
  summary: string;
  page: LecturePage;
  /** The goal or challenge it belongs to (its quiz topic is goal:<id> or challenge:<id>). */
  topic: `goal:${string}` | `challenge:${string}`;
  evidence: Evidence[];
}

/** The lecture's ideas in slide order. */
export const LECTURE_IDEAS: readonly LectureIdea[] = [
  {
    id: 'scalability-definition',
    slide: 'Distributed Systems Goals — Scalability',
    title: 'Scalability: coping with growth',
    summary: 'A scalable system keeps doing its job well as the work grows, or can be enlarged so that it does.',
    page: 'scaling',
    topic: 'goal:scalability',
    evidence: [
      {
        incident: 'aws-kinesis-us-east-1-2020',
        why: 'Each front-end server ran a thread per peer, so adding servers raised the load on every server until an OS limit broke all of them.',
      },
      {
        incident: 'aws-lambda-cell-threshold-2023',
        why: 'A cell grew with ordinary daily traffic past a size no cell had reached before, and a latent defect woke up.',
      },
    ],
  },
  {
    id: 'vertical-vs-horizontal',
    slide: 'Distributed Systems Allow Horizontal Scaling',
    title: 'Vertical and horizontal scaling',
    summary:
      'Scaling vertically means a bigger machine; scaling horizontally means more machines — cheap commodity servers added as the load requires.',
    page: 'scaling',
    topic: 'goal:scalability',
    evidence: [
      {
        incident: 'aws-kinesis-us-east-1-2020',
        why: 'Horizontal growth of the front-end fleet was the trigger; AWS’s follow-up was partly vertical — larger servers, so fewer of them and fewer threads each.',
      },
      {
        incident: 'aws-lambda-cell-threshold-2023',
        why: 'The Lambda front end added capacity automatically as the day’s traffic rose — horizontal scaling working as designed until a cell crossed an untested size.',
      },
    ],
  },
  {
    id: 'vertical-limits',
    slide: 'Distributed Systems Allow Horizontal Scaling',
    title: 'Why a bigger machine stops paying',
    summary:
      'Clock speeds have stopped rising and few programs can keep hundreds of cores busy, so a bigger server soon gives little more — though extra memory often still helps.',
    page: 'scaling',
    topic: 'goal:scalability',
    evidence: [
      {
        incident: 'roblox-consul-2021',
        why: 'Over 18,000 servers leaned on one Consul cluster; a single shared piece can only grow by getting bigger machines, and under heavy load contention inside it, not a lack of hardware, brought it down.',
      },
    ],
  },
  {
    id: 'performance-throughput',
    slide: 'Multiple Servers Can Improve Throughput With Concurrency',
    title: 'Performance and throughput',
    summary:
      'Performance is useful work done for the time and resources spent; throughput counts requests finished per unit of time, and many servers raise it by working at once.',
    page: 'scaling',
    topic: 'goal:performance',
    evidence: [
      {
        incident: 'cloudflare-waf-regex-2019',
        why: 'A backtracking regular expression drove CPU to nearly 100% on every machine: the same hardware did almost no useful work.',
      },
      {
        incident: 'gcp-network-congestion-2019',
        why: 'Losing network control-plane clusters cut capacity, and six regions saw packet loss for hours.',
      },
    ],
  },
  {
    id: 'latency-definition',
    slide: 'Distributed Systems Goals — Latency',
    title: 'Latency, two ways',
    summary:
      'The lecture defines latency as the time during which something that has already happened is still hidden from view; plainly, it is the wait between asking and seeing the answer.',
    page: 'latency',
    topic: 'goal:latency',
    evidence: [
      {
        incident: 'github-mysql-partition-2018',
        why: 'Writes made on one coast were hidden from the other for a while — exactly the lecture’s kind of latency — and the site stayed degraded for a day.',
      },
      {
        incident: 'aws-us-east-1-network-2021',
        why: 'Congested links between two networks made requests wait until they failed, and the retries kept the delays going.',
      },
    ],
  },
  {
    id: 'reducing-latency',
    slide: 'Reduce latency by distributing data',
    title: 'Cutting latency: nearer servers, moved and replicated data',
    summary:
      'With many servers a request can go to one close to the user, and data can be moved or copied nearer to where it is read, avoiding bottlenecks and long transmissions.',
    page: 'latency',
    topic: 'goal:latency',
    evidence: [
      {
        incident: 'github-mysql-partition-2018',
        why: 'With the database primaries promoted on the far coast, applications writing across the country saw high latency and timeouts: distance between code and data is latency.',
      },
      {
        incident: 'gcp-europe-west2-heat-2022',
        why: 'Regional storage keeps replicas in several zones; when routing steered traffic away from all of them, the replicas could not be reached.',
      },
    ],
  },
  {
    id: 'availability-definition',
    slide: 'Distributed Systems Goals — Availability',
    title: 'Availability and the nines',
    summary:
      'Availability is the share of time a system works: uptime / (uptime + downtime), counted in nines — 99.9% is three nines, under 9 hours of downtime a year.',
    page: 'availability',
    topic: 'goal:availability',
    evidence: [
      {
        incident: 'roblox-consul-2021',
        why: 'Seventy-three hours offline in one year caps that year at about 99.17% — barely two nines.',
      },
      {
        incident: 'aws-s3-us-east-1-2017',
        why: 'Over four hours down in one region spends about half of a 99.9% year’s allowance in one afternoon.',
      },
    ],
  },
  {
    id: 'replication-availability',
    slide: 'Distributed Systems can improve availability by replicating servers',
    title: 'Replicas: some down more often, all down far less often',
    summary:
      'With more servers it becomes likelier that some server is down, but far less likely — exponentially so — that all of them are, provided they fail independently.',
    page: 'availability',
    topic: 'goal:availability',
    evidence: [
      {
        incident: 'pagerduty-zookeeper-poison-packet-2014',
        why: 'The same corrupt packet could lock up every ZooKeeper node, so the replicas failed together rather than independently.',
      },
      {
        incident: 'cloudflare-pdx-power-2023',
        why: 'The control plane ran in three facilities, yet some services had quietly come to depend on one, so losing that building took them down.',
      },
      {
        incident: 'aws-sydney-storm-power-2016',
        why: 'Each instance had two independent power line-ups, yet one storm’s voltage sag defeated both in one facility.',
      },
    ],
  },
  {
    id: 'crude-failure-model',
    slide: 'Here’s a crude quantitative model',
    title: 'The 1%-a-month model',
    summary:
      'If each machine has a 1% chance of a hardware failure in a month, 10 machines give a 9.56% chance that one fails, 100 give 63.4%, and all 10 failing is 10⁻²⁰ (the slide’s 10⁻¹² is a slip).',
    page: 'failure-probability',
    topic: 'challenge:more-links-more-failures',
    evidence: [
      {
        incident: 'ovhcloud-sbg2-fire-2021',
        why: 'One fire took out every machine on a site at once — a single event, not the product of independent 1% chances.',
      },
      {
        incident: 'gcp-europe-west2-heat-2022',
        why: 'Several redundant cooling systems failed together in one heat wave, so redundancy bought much less than pⁿ promises.',
      },
    ],
  },
  {
    id: 'fault-tolerance-definition',
    slide: 'Design to expect faults',
    title: 'Fault tolerance: defined behaviour, for the faults you named',
    summary:
      'A fault-tolerant system behaves in a defined way when faults happen; since you can only tolerate faults you thought of, list the faults you expect before you design.',
    page: 'fault-tolerance',
    topic: 'goal:fault-tolerance',
    evidence: [
      {
        incident: 'facebook-backbone-bgp-2021',
        why: 'The DNS servers withdrew their routes exactly as designed when they lost the backbone — defined behaviour for one fault that made a total outage of another.',
      },
      {
        incident: 'cloudflare-pdx-power-2023',
        why: 'The edge kept serving through the loss of a whole facility, but a full-facility failure had never been tested, and some services had no defined behaviour for it.',
      },
      {
        incident: 'gocardless-pacemaker-failover-2017',
        why: 'The cluster manager existed for exactly this fault — a failed primary — yet under unusual circumstances it could not decide where to promote a replica, and every request failed for 1 hour 50 minutes.',
      },
    ],
  },
  {
    id: 'fault-kinds',
    slide: 'What kind of faults?',
    title: 'The kinds of fault to expect',
    summary:
      'Disks fail, networking fails, power supplies fail, security is breached, power goes out and whole datacenters go offline — each needs its own plan.',
    page: 'fault-tolerance',
    topic: 'goal:fault-tolerance',
    evidence: [
      {
        incident: 'ovhcloud-sbg2-fire-2021',
        why: 'A fire cut the power to a whole site and took its datacenters offline together.',
      },
      {
        incident: 'comcast-backbone-fiber-cuts-2018',
        why: 'Fiber cuts at two backbone providers: networking failing far from any building Comcast runs.',
      },
      {
        incident: 'gocardless-pacemaker-failover-2017',
        why: 'A hardware failure on the primary database node — a disk-array failure, by one incident database — started a failover.',
      },
      {
        incident: 'dyn-mirai-ddos-2016',
        why: 'A denial-of-service attack from a botnet of infected IoT devices: security as a fault that took DNS away from major sites.',
      },
    ],
  },
  {
    id: 'more-links',
    slide: 'More machines means more links that might fail',
    title: 'More machines, more links',
    summary:
      'Every machine added is another part that can fail, and if every pair talks directly the links grow as n(n − 1)/2 — 45 for 10 machines, 4,950 for 100.',
    page: 'network',
    topic: 'challenge:more-links-more-failures',
    evidence: [
      {
        incident: 'aws-kinesis-us-east-1-2020',
        why: 'Every front-end server kept a thread for every other one: a full mesh whose cost per server grew with the fleet.',
      },
      {
        incident: 'roblox-consul-2021',
        why: 'More than 18,000 servers and 170,000 containers all depended on one cluster, so every machine added loaded it further.',
      },
    ],
  },
  {
    id: 'network-delays',
    slide: 'Networks introduce delays',
    title: 'The physics of the network',
    summary:
      'Light covers about a foot per nanosecond (two thirds of that in fibre), links between machines struggle to reach 100 MB/s against GB/s inside one, and the cables run through places nobody controls.',
    page: 'network',
    topic: 'challenge:network-delay',
    evidence: [
      {
        incident: 'aws-us-east-1-network-2021',
        why: 'Delays on overloaded links between two networks turned into errors, and the errors into retries that kept the links overloaded.',
      },
      {
        incident: 'comcast-backbone-fiber-cuts-2018',
        why: 'The fiber that was cut ran through ground that neither Comcast nor its users controlled.',
      },
    ],
  },
  {
    id: 'networks-fail',
    slide: 'Worse yet, networks still fail, intermittently and for prolonged periods',
    title: 'Networks fail, briefly and for long',
    summary:
      'Networks fail now and then and sometimes for hours; the lecture’s examples are PagerDuty’s ZooKeeper poison packet and Comcast’s 2018 fiber cuts.',
    page: 'network',
    topic: 'challenge:network-unreliable',
    evidence: [
      {
        incident: 'pagerduty-zookeeper-poison-packet-2014',
        why: 'Corrupted packets got past TCP and locked up ZooKeeper at random — an intermittent network fault that took a long hunt to find.',
      },
      {
        incident: 'comcast-backbone-fiber-cuts-2018',
        why: 'Fiber cuts left customers across the United States without service for hours — a prolonged failure.',
      },
      {
        incident: 'github-mysql-partition-2018',
        why: 'A 43-second loss of one link led to a day of degraded service: a brief failure with a long tail.',
      },
    ],
  },
  {
    id: 'other-administrators',
    slide: 'We still rely on other administrators, who are not infallible',
    title: 'Other people’s systems',
    summary:
      'A distributed system leans on networks, clouds and services run by others, whose mistakes become its outages — the lecture’s example is the AWS Kinesis outage of November 2020.',
    page: 'network',
    topic: 'challenge:other-administrators',
    evidence: [
      {
        incident: 'aws-kinesis-us-east-1-2020',
        why: 'Sites and apps built on AWS went down with Kinesis, though their own operators had changed nothing.',
      },
      {
        incident: 'cloudflare-workers-kv-gcp-2025',
        why: 'Part of Workers KV’s storage ran on a third-party cloud, and that provider’s outage broke it.',
      },
      {
        incident: 'crowdstrike-channel-file-291-2024',
        why: 'A vendor’s routine content update crashed Windows machines at airlines, banks and hospitals that had not touched them.',
      },
    ],
  },
];

/** The ideas that belong to a goal or challenge, e.g. ideasFor('goal:latency'). */
export function ideasFor(topic: string): LectureIdea[] {
  return LECTURE_IDEAS.filter((i) => i.topic === topic);
}

/** One idea by id; throws for an unknown id, so a page that names a missing idea fails the build. */
export function idea(id: string): LectureIdea {
  const found = LECTURE_IDEAS.find((i) => i.id === id);
  if (!found) throw new Error(`unknown lecture idea "${id}"`);
  return found;
}

/** The page section that teaches an idea: its page with the idea's id as anchor. */
export function ideaHref(i: LectureIdea): string {
  return `${learnPath(i.page)}#${i.id}`;
}

/** The quiz round that drills an idea's goal or challenge. */
export function ideaQuizHref(i: LectureIdea): string {
  return quizPath(i.topic);
}
