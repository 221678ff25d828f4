import type { Metadata } from 'next';
import { pageMeta } from '@/lib/page-meta';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { formatPartialDate } from '@/lib/content/dates';
import { getCorpus } from '@/lib/corpus';
import { facetLabel, facetMeaning } from '@/lib/content/facets';
import { currentId, RENAMED_INCIDENTS } from '@/lib/corpus/renamed';
import { splitStory } from '@/lib/corpus/story';
import { BASE_PATH, editUrl, reportUrl } from '@/lib/site';
import { TocDetails } from '../../_components/TocDetails';
import { FaultTagList } from '../../_components/FaultTagList';
import { SourceList } from '../../_components/SourceList';
import { Timeline } from '../../_components/Timeline';
import { TimelineChart } from '../../_components/TimelineChart';
import { RelatedList } from '../../_components/RelatedList';
import { MentionedIn } from '../../_components/MentionedIn';
import { CiteThis } from '../../_components/CiteThis';
import { StaticMarkup } from '../../_components/StaticMarkup';
import { durationDisputed, durationText, KeyFacts, ReportedAs } from '../../_components/KeyFacts';
import {
  INCIDENTS,
  challengePath,
  comparePath,
  glossaryTermPath,
  goalPath,
  incidentPath,
  technologyPath,
} from '@/lib/routes';

type Params = { params: Promise<{ id: string }> };

export const dynamicParams = false;

/** One page per incident file, and a redirect page under each renamed incident's old id. */
export function generateStaticParams() {
  return [...getCorpus().incidents.map((i) => i.id), ...Object.keys(RENAMED_INCIDENTS)].map((id) => ({ id }));
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const id = (await params).id;
  const moved = RENAMED_INCIDENTS[id] && getCorpus().incidentById.get(currentId(id));
  if (moved) return { title: `Moved: ${moved.title}`, robots: { index: false } };
  const inc = getCorpus().incidentById.get(id);
  if (!inc) return {};
  return pageMeta({ title: inc.title, description: inc.summary, path: incidentPath(inc.id), type: 'article' });
}

function Facet({ values }: { values: readonly string[] }) {
  return (
    <>
      {values.map((v, i) => (
        <span key={v}>
          {i > 0 && ', '}
          <abbr title={facetMeaning(v)}>{facetLabel(v)}</abbr>
        </span>
      ))}
    </>
  );
}

/**
 * A renamed incident's old address: a static redirect (meta refresh; React hoists it and the
 * canonical link into <head>) with a plain link for anyone whose browser does not follow it.
 */
function MovedPage({ incident }: { incident: { id: string; title: string } }) {
  const href = `${BASE_PATH}/incidents/${incident.id}/`;
  return (
    <>
      <meta httpEquiv="refresh" content={`0; url=${href}`} />
      <link rel="canonical" href={href} />
      <h1>This case study has moved</h1>
      <p>
        It is now at{' '}
        <Link href={incidentPath(incident.id)} prefetch={false}>
          {incident.title}
        </Link>
        .
      </p>
    </>
  );
}

/** The table of contents' entries: the story's own headings, then the page's sections. */
function TocList({ entries }: { entries: { id: string; text: string }[] }) {
  return (
    <ol>
      {entries.map((e) => (
        <li key={e.id}>
          <a href={`#${e.id}`}>{e.text}</a>
        </li>
      ))}
    </ol>
  );
}

/**
 * A case study in reading order: title, summary, key facts and the original report first; then the
 * story, related incidents, the tags and timeline, and one list of sources. One table of contents:
 * open and sticky in the right column on wide screens, folded above the story on a phone.
 */
export default async function IncidentPage({ params }: Params) {
  const { incidentById, tax, glossary, related } = getCorpus();
  const id = (await params).id;
  if (RENAMED_INCIDENTS[id]) {
    const moved = incidentById.get(currentId(id));
    if (!moved) notFound();
    return <MovedPage incident={moved} />;
  }
  const inc = incidentById.get(id);
  if (!inc) notFound();
  const pagePath = incidentPath(inc.id);
  const story = splitStory(inc.html, 'sources-h');
  const edit = editUrl(inc.file);
  const report = reportUrl(inc.title, pagePath);
  const toc = [
    ...story.headings,
    { id: 'related-h', text: 'Related incidents' },
    { id: 'faults-h', text: 'Fault tags' },
    { id: 'goals-h', text: inc.challenges.length ? 'Goals and challenges' : 'Goals it hurt' },
    { id: 'timeline-h', text: 'Timeline' },
    ...(inc.actionItems.length ? [{ id: 'actions-h', text: 'Action items' }] : []),
    { id: 'facts-h', text: 'All facts' },
    { id: 'sources-h', text: 'Sources' },
    { id: 'cite-h', text: 'Cite this' },
  ];
  return (
    <article className="case">
      <StaticMarkup as="header" className="case-head" relayKey={`${pagePath}#head`}>
        <p className="muted crumb">
          <Link href={INCIDENTS} prefetch={false}>
            Incidents
          </Link>{' '}
          /
        </p>
        <h1>{inc.title}</h1>
        <p className="lede">{inc.summary}</p>
        <KeyFacts incident={inc} />
        {inc.disputes.length > 0 && (
          <details className="disagree" id="disputes">
            <summary>
              <strong>Sources disagree</strong> on {inc.disputes.map((d) => d.field).join(', ')}
            </summary>
            <ul>
              {inc.disputes.map((d, i) => (
                <li key={i}>
                  <strong>{d.field}:</strong> {d.note}{' '}
                  <span className="muted">
                    (sources:{' '}
                    {d.sources.map((r, j) => (
                      <span key={r}>
                        {j > 0 && ', '}
                        <a href={`#source-${r}`}>{inc.sources.find((s) => s.ref === r)?.publisher ?? r}</a>
                      </span>
                    ))}
                    )
                  </span>
                </li>
              ))}
            </ul>
          </details>
        )}
      </StaticMarkup>

      <div className="case-layout">
        <TocDetails>
          <summary>On this page</summary>
          <nav aria-label="On this page">
            <TocList entries={toc} />
          </nav>
        </TocDetails>
        <StaticMarkup className="case-main" relayKey={`${pagePath}#main`}>
          <section aria-labelledby="story-h" className="body story">
            <h2 id="story-h" className="sr-only">
              The story
            </h2>
            <div dangerouslySetInnerHTML={{ __html: story.body }} />
          </section>

          <section aria-labelledby="related-h">
            <h2 id="related-h">Related incidents</h2>
            <p className="muted">
              Ranked by shared mechanism: the same fault types in the same role weigh most, then goals, challenges,
              propagation and failure modes.
            </p>
            <RelatedList related={related.get(inc.id) ?? []} />
            <p>
              <Link href={comparePath(inc.id)} prefetch={false}>
                Compare this incident with others
              </Link>
            </p>
          </section>

          <section aria-labelledby="faults-h">
            <h2 id="faults-h">Fault tags</h2>
            <FaultTagList incident={inc} />
          </section>

          <section aria-labelledby="goals-h">
            <h2 id="goals-h">Goals it hurt</h2>
            <ul>
              {inc.goals.map((g) => (
                <li key={g.id}>
                  <Link href={goalPath(g.id)} prefetch={false}>
                    {tax.goalById.get(g.id)?.name ?? g.id}
                  </Link>{' '}
                  — {g.why}
                </li>
              ))}
            </ul>
            {inc.challenges.length > 0 && (
              <>
                <h2 id="challenges-h">Challenges it illustrates</h2>
                <ul>
                  {inc.challenges.map((c) => (
                    <li key={c.id}>
                      <Link href={challengePath(c.id)} prefetch={false}>
                        {tax.challengeById.get(c.id)?.name ?? c.id}
                      </Link>{' '}
                      — {c.why}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </section>

          <section aria-labelledby="timeline-h">
            <h2 id="timeline-h">Timeline</h2>
            <p className="muted">Times in UTC.</p>
            <TimelineChart incident={inc} />
            <Timeline incident={inc} />
          </section>

          {inc.actionItems.length > 0 && (
            <section aria-labelledby="actions-h">
              <h2 id="actions-h">Action items</h2>
              <ul>
                {inc.actionItems.map((a, i) => (
                  <li key={i}>
                    {a.text}{' '}
                    <span className="badge" title={facetMeaning(a.means)}>
                      {a.means}
                    </span>
                    {a.confidence === 'likely' && <span className="badge likely">likely</span>}
                  </li>
                ))}
              </ul>
            </section>
          )}

          <section aria-labelledby="facts-h" className="facts">
            <h2 id="facts-h">All facts</h2>
            <dl>
              <dt>Started</dt>
              <dd>
                <time dateTime={inc.started.at}>{formatPartialDate(inc.started)}</time>
                <ReportedAs derivedFrom={inc.started.derivedFrom} />
              </dd>
              {inc.ended && (
                <>
                  <dt>Ended</dt>
                  <dd>
                    <time dateTime={inc.ended.at}>{formatPartialDate(inc.ended)}</time>
                    <ReportedAs derivedFrom={inc.ended.derivedFrom} />
                  </dd>
                </>
              )}
              {inc.durations.length > 0 && (
                <>
                  <dt>Duration</dt>
                  {inc.durations.map((d, i) => (
                    <dd key={i}>
                      {durationText(d)} <span className="muted">({facetLabel(d.basis)})</span>
                      {inc.durations.length > 1 &&
                        (i === 0 ? (
                          <span className="badge">used here</span>
                        ) : (
                          <span className="badge likely">{durationDisputed(inc) ? 'disputed' : 'other figure'}</span>
                        ))}
                      {d.note && <span className="muted"> {d.note}</span>}
                    </dd>
                  ))}
                </>
              )}
              {inc.technologies.length > 0 && (
                <>
                  <dt>Technologies</dt>
                  <dd>
                    {inc.technologies.map((t, i) => (
                      <span key={t}>
                        {i > 0 && ', '}
                        <Link href={technologyPath(t)} prefetch={false}>
                          {tax.technologyById.get(t)?.name ?? t}
                        </Link>
                      </span>
                    ))}
                  </dd>
                </>
              )}
              <dt>Impact</dt>
              <dd>
                <Facet values={inc.impact} />. {inc.impactNote}
              </dd>
              <dt>Failure modes</dt>
              <dd>
                <Facet values={inc.failureModes} />
              </dd>
              <dt>Propagation</dt>
              <dd>
                <Facet values={inc.propagation} />
              </dd>
              <dt>Detectability</dt>
              <dd>
                <Facet values={[inc.detectability]} />
              </dd>
              <dt>How it was detected</dt>
              <dd>
                <Facet values={[inc.detection.method]} />: {inc.detection.text}
              </dd>
              {inc.processGaps.length > 0 && (
                <>
                  <dt>Process gaps</dt>
                  <dd>
                    <Facet values={inc.processGaps} />
                  </dd>
                </>
              )}
              {inc.terms.length > 0 && (
                <>
                  <dt>Terms used</dt>
                  <dd>
                    {inc.terms.map((t, i) => (
                      <span key={t}>
                        {i > 0 && ', '}
                        <Link href={glossaryTermPath(t)} prefetch={false}>
                          {glossary.find((g) => g.id === t)?.term ?? t}
                        </Link>
                      </span>
                    ))}
                  </dd>
                </>
              )}
            </dl>
          </section>

          <section aria-labelledby="sources-h">
            <h2 id="sources-h">Sources</h2>
            <SourceList incident={inc} cited={story.cited} />
          </section>

          <MentionedIn kind="incident" id={inc.id} />

          <CiteThis incident={inc} />

          {(edit || report) && (
            <p className="no-print">
              {edit && (
                <a href={edit} rel="noopener noreferrer">
                  Edit this page
                </a>
              )}
              {edit && report && ' · '}
              {report && (
                <a href={report} rel="noopener noreferrer">
                  Report an error
                </a>
              )}
            </p>
          )}
        </StaticMarkup>
      </div>
    </article>
  );
}
