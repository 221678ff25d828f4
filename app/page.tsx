import type { Metadata } from 'next';
import Link from 'next/link';
import { pageMeta } from '@/lib/page-meta';
import { SITE_NAME } from '@/lib/site';
import { getCorpus } from '@/lib/corpus';
import { formatPartialDate } from '@/lib/content/dates';
import {
  ABOUT_DATA,
  ABOUT_METHOD,
  CHALLENGES,
  COMPARE,
  FAULTS,
  GOALS,
  HOME,
  INCIDENTS,
  LEARN,
  MATRIX,
  ORGS,
  QUIZ,
  SEARCH,
  STATS,
  incidentPath,
} from '@/lib/routes';

export const metadata: Metadata = {
  ...pageMeta({
    title: `${SITE_NAME} — real distributed-systems failures, explained`,
    description:
      'A knowledge base of public distributed-systems postmortems, tagged by fault type, goal and challenge, with case studies, search and self-quizzes.',
    path: HOME,
  }),
  // The home page's title is the site's own, not "<page> — Faultline".
  title: { absolute: `${SITE_NAME} — real distributed-systems failures, explained` },
  alternates: { canonical: HOME, types: { 'application/atom+xml': '/feed.xml' } },
};

/** Home: what Faultline is, and the ways in. */
export default function HomePage() {
  const { incidents, tax } = getCorpus();
  const featured = [
    'pagerduty-zookeeper-poison-packet-2015',
    'comcast-backbone-fiber-cuts-2018',
    'aws-kinesis-us-east-1-2020',
  ]
    .map((id) => incidents.find((i) => i.id === id))
    .filter((i) => i !== undefined);
  return (
    <>
      <h1>Faultline</h1>
      <p className="lede">
        Real distributed-systems failures as cited case studies. Each public postmortem becomes a typed record, tagged
        with the faults behind it, the goals it hurt and the challenges it shows — so you can ask &ldquo;what else
        failed like this?&rdquo;
      </p>
      <ul className="cards">
        <li>
          <h2>
            <Link href={INCIDENTS} prefetch={false}>
              Incidents
            </Link>
          </h2>
          <p>{incidents.length} case studies, newest first, each with a timeline and sources.</p>
        </li>
        <li>
          <h2>
            <Link href={SEARCH} prefetch={false}>
              Search
            </Link>
          </h2>
          <p>By any word, fault type, trigger, goal or organisation — fuzzy, with filters you can share.</p>
        </li>
        <li>
          <h2>
            <Link href={LEARN} prefetch={false}>
              Learn
            </Link>
          </h2>
          <p>
            The goals and challenges of distributed systems, availability&rsquo;s nines, failure probability, and a
            glossary.
          </p>
        </li>
        <li>
          <h2>
            <Link href={QUIZ} prefetch={false}>
              Quiz yourself
            </Link>
          </h2>
          <p>
            Rounds by topic with every answer explained, and spaced review that brings each card back when it is due.
          </p>
        </li>
        <li>
          <h2>
            <Link href={FAULTS} prefetch={false}>
              Fault taxonomy
            </Link>
          </h2>
          <p>
            {tax.classes.length} fault classes and {tax.typeById.size} fault types, each with the incidents it caused.
          </p>
        </li>
        <li>
          <h2>
            <Link href={GOALS} prefetch={false}>
              Goals
            </Link>
          </h2>
          <p>Scalability, performance, latency, availability, fault tolerance — and what broke each.</p>
        </li>
        <li>
          <h2>
            <Link href={CHALLENGES} prefetch={false}>
              Challenges
            </Link>
          </h2>
          <p>More links that fail, network delay, unreliable networks, other administrators.</p>
        </li>
        <li>
          <h2>
            <Link href={ORGS} prefetch={false}>
              Organisations
            </Link>
          </h2>
          <p>Browse by who ran, supplied or measured the failing system.</p>
        </li>
        <li>
          <h2>
            <Link href={MATRIX} prefetch={false}>
              Fault × goal matrix
            </Link>
          </h2>
          <p>Which failures hurt which goal, and which challenges they show.</p>
        </li>
        <li>
          <h2>
            <Link href={STATS} prefetch={false}>
              The corpus in pictures
            </Link>
          </h2>
          <p>Incidents per year, durations, common triggers and roots, detection and repair.</p>
        </li>
        <li>
          <h2>
            <Link href={COMPARE} prefetch={false}>
              Compare
            </Link>
          </h2>
          <p>Two or three incidents side by side, shared tags highlighted.</p>
        </li>
        <li>
          <h2>
            <Link href={ABOUT_DATA} prefetch={false}>
              Open data
            </Link>
          </h2>
          <p>Every record as JSON and CSV, Atom feeds; CC BY 4.0.</p>
        </li>
        <li>
          <h2>
            <Link href={ABOUT_METHOD} prefetch={false}>
              Method
            </Link>
          </h2>
          <p>How incidents are tagged, and what &ldquo;verified&rdquo; and &ldquo;likely&rdquo; mean.</p>
        </li>
      </ul>
      {featured.length > 0 && (
        <section aria-labelledby="start-h">
          <h2 id="start-h">Start with the founding case studies</h2>
          <ul>
            {featured.map((i) => (
              <li key={i.id}>
                <Link href={incidentPath(i.id)} prefetch={false}>
                  {i.title}
                </Link>{' '}
                <span className="muted">({formatPartialDate(i.started)})</span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
