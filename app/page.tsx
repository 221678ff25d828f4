import type { Metadata } from 'next';
import Link from 'next/link';
import { pageMeta } from '@/lib/page-meta';
import { BASE_PATH, SITE_NAME, SITE_URL } from '@/lib/site';
import { distinctIncidents, getCorpus } from '@/lib/corpus';
import { formatPartialDate } from '@/lib/content/dates';
import { FOUNDING_CASE_STUDIES, recentlyAdded } from '@/lib/corpus/home';
import { operatorNames } from '@/lib/corpus/incident-summaries';
import { countOf } from '@/lib/corpus/plural';
import type { Incident } from '@/lib/content';
import {
  ABOUT_DATA,
  ABOUT_METHOD,
  COMPARE,
  FAULTS,
  FEED,
  HOME,
  INCIDENTS,
  LEARN,
  MATRIX,
  QUIZ,
  SEARCH,
  STATS,
  faultPath,
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
  // The feed and canonical URL exist only when the site has an origin (see lib/site.ts).
  ...(SITE_URL && { alternates: { canonical: HOME, types: { 'application/atom+xml': FEED } } }),
};

const dayFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

function CaseStudy({ inc, added }: { inc: Incident; added?: boolean }) {
  const { tax } = getCorpus();
  return (
    <li>
      <h3>
        <Link href={incidentPath(inc.id)} prefetch={false}>
          {inc.title}
        </Link>
      </h3>
      <p className="muted">
        <time dateTime={inc.started.at}>{formatPartialDate(inc.started)}</time> · {operatorNames(inc, tax).join(', ')}
        {added && (
          <>
            {' '}
            · added <time dateTime={inc.added.at}>{dayFormat.format(inc.added.start)}</time>
          </>
        )}
      </p>
      <p>{inc.summary}</p>
    </li>
  );
}

/** Home: what Faultline is, the search box, new and founding case studies, fault classes, and the way into learning. */
export default function HomePage() {
  const { incidents, incidentById, tax, byFault } = getCorpus();
  const founding = FOUNDING_CASE_STUDIES.flatMap((id) => (incidentById.has(id) ? [incidentById.get(id)!] : []));
  const recent = recentlyAdded(incidents, 4);
  return (
    <div className="home">
      <h1>Faultline</h1>
      <p className="lede">
        Real distributed-systems failures, explained: {incidents.length} public postmortems as cited case studies,
        tagged with the faults behind them, the goals they hurt and the challenges they show.
      </p>

      <form
        className="home-search"
        role="search"
        aria-label="Search the case studies"
        action={`${BASE_PATH}${SEARCH}`}
        method="get"
      >
        <label htmlFor="home-q">Search the case studies</label>
        <div className="search-row">
          <input id="home-q" type="search" name="q" placeholder="e.g. config push, ZooKeeper, BGP" autoComplete="off" />
          <button type="submit">Search</button>
        </div>
      </form>

      <div className="home-grid">
        <section aria-labelledby="recent-h">
          <h2 id="recent-h">Recently added</h2>
          <ul className="case-list">
            {recent.map((inc) => (
              <CaseStudy key={inc.id} inc={inc} added />
            ))}
          </ul>
          <p>
            <Link href={INCIDENTS} prefetch={false}>
              All {incidents.length} case studies
            </Link>
          </p>
        </section>

        <section aria-labelledby="founding-h">
          <h2 id="founding-h">Start with the founding case studies</h2>
          <ul className="case-list">
            {founding.map((inc) => (
              <CaseStudy key={inc.id} inc={inc} />
            ))}
          </ul>
        </section>
      </div>

      <section aria-labelledby="classes-h">
        <h2 id="classes-h">Browse by fault class</h2>
        <ul className="class-counts">
          {tax.classes.map((c) => {
            const n = distinctIncidents(byFault.get(c.id)).length;
            return (
              <li key={c.id}>
                <Link href={faultPath(c.id)} prefetch={false}>
                  {c.name}
                </Link>{' '}
                <span className="count">{countOf(n, 'incident')}</span>
              </li>
            );
          })}
        </ul>
        <p>
          <Link href={FAULTS} prefetch={false}>
            The whole fault taxonomy
          </Link>{' '}
          ·{' '}
          <Link href={MATRIX} prefetch={false}>
            Fault × goal matrix
          </Link>{' '}
          ·{' '}
          <Link href={STATS} prefetch={false}>
            The corpus in pictures
          </Link>{' '}
          ·{' '}
          <Link href={COMPARE} prefetch={false}>
            Compare incidents
          </Link>
        </p>
      </section>

      <section aria-labelledby="learn-h">
        <h2 id="learn-h">Learn from them</h2>
        <ul className="cards">
          <li>
            <h3>
              <Link href={LEARN} prefetch={false}>
                The lecture
              </Link>
            </h3>
            <p>
              The goals and challenges of distributed systems, availability&rsquo;s nines, failure probability, and the
              fault → error → failure chain — each illustrated by these incidents.
            </p>
          </li>
          <li>
            <h3>
              <Link href={QUIZ} prefetch={false}>
                The quiz
              </Link>
            </h3>
            <p>
              Short rounds by topic with every answer explained, and spaced review that brings each card back when due.
            </p>
          </li>
        </ul>
        <p className="muted">
          <Link href={ABOUT_METHOD} prefetch={false}>
            How incidents are tagged
          </Link>{' '}
          ·{' '}
          <Link href={ABOUT_DATA} prefetch={false}>
            Open data (JSON, CSV)
          </Link>
        </p>
      </section>
    </div>
  );
}
