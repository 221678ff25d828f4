import type { Metadata } from 'next';
import { pageMeta } from '@/lib/page-meta';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { formatPartialDate } from '@/lib/content/dates';
import { formatMinutes, parseDurationMinutes } from '@/lib/content/duration';
import { getCorpus } from '@/lib/corpus';
import { facetLabel, facetMeaning } from '@/lib/corpus/facet-labels';
import { editUrl, reportUrl } from '@/lib/site';
import { FaultTagTable } from '../../_components/FaultTagTable';
import { SourceList } from '../../_components/SourceList';
import { Timeline } from '../../_components/Timeline';
import { TimelineChart } from '../../_components/TimelineChart';
import { RelatedList } from '../../_components/RelatedList';
import { MentionedIn } from '../../_components/MentionedIn';
import { CiteThis } from '../../_components/CiteThis';
import {
  INCIDENTS,
  challengePath,
  comparePath,
  glossaryTermPath,
  goalPath,
  incidentPath,
  orgPath,
  technologyPath,
} from '@/lib/routes';

type Params = { params: Promise<{ id: string }> };

export const dynamicParams = false;

/** One page per incident file. */
export function generateStaticParams() {
  return getCorpus().incidents.map((i) => ({ id: i.id }));
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const inc = getCorpus().incidentById.get((await params).id);
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

/** A case study: every field of the record, the footnoted story, and links to every term it carries. */
export default async function IncidentPage({ params }: Params) {
  const { incidentById, tax, glossary, related } = getCorpus();
  const inc = incidentById.get((await params).id);
  if (!inc) notFound();
  const pagePath = incidentPath(inc.id);
  return (
    <article>
      <p className="muted">
        <Link href={INCIDENTS} prefetch={false}>
          Incidents
        </Link>{' '}
        /
      </p>
      <h1>{inc.title}</h1>
      <p className="lede">{inc.summary}</p>

      <div className="layout-aside">
        <div>
          {inc.disputes.length > 0 && (
            <section className="disagree" aria-labelledby="disagree-h">
              <h2 id="disagree-h">Sources disagree</h2>
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
            </section>
          )}

          <section aria-labelledby="faults-h">
            <h2 id="faults-h">Fault tags</h2>
            <FaultTagTable incident={inc} />
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

          <section aria-labelledby="story-h" className="body">
            <h2 id="story-h" className="sr-only">
              The story
            </h2>
            <div dangerouslySetInnerHTML={{ __html: inc.html }} />
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

          <section aria-labelledby="sources-h">
            <h2 id="sources-h">Sources</h2>
            <SourceList incident={inc} />
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

          <MentionedIn kind="incident" id={inc.id} />

          <CiteThis incident={inc} />

          <p className="no-print">
            <a href={editUrl(inc.file)} rel="noopener noreferrer">
              Edit this page
            </a>
            {' · '}
            <a href={reportUrl(inc.title, pagePath)} rel="noopener noreferrer">
              Report an error
            </a>
          </p>
        </div>

        <aside className="facts" aria-label="Facts at a glance">
          <dl>
            <dt>Started</dt>
            <dd>
              <time dateTime={inc.started.at}>{formatPartialDate(inc.started)}</time>
              {inc.started.derivedFrom && <span className="muted"> (from {inc.started.derivedFrom})</span>}
            </dd>
            {inc.ended && (
              <>
                <dt>Ended</dt>
                <dd>
                  <time dateTime={inc.ended.at}>{formatPartialDate(inc.ended)}</time>
                </dd>
              </>
            )}
            {inc.durations.length > 0 && (
              <>
                <dt>Duration</dt>
                {inc.durations.map((d, i) => {
                  const minutes = parseDurationMinutes(d.value);
                  return (
                    <dd key={i}>
                      {d.approximate ? '≈ ' : ''}
                      {minutes === null ? d.value : formatMinutes(minutes)}{' '}
                      <span className="muted">({facetLabel(d.basis)})</span>
                    </dd>
                  );
                })}
              </>
            )}
            <dt>Organisations</dt>
            <dd>
              {inc.orgs.map((o, i) => (
                <span key={o.id}>
                  {i > 0 && ', '}
                  <Link href={orgPath(o.id)} prefetch={false}>
                    {tax.orgById.get(o.id)?.name ?? o.id}
                  </Link>{' '}
                  <span className="muted">({o.role})</span>
                </span>
              ))}
            </dd>
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
            <dt>Scope</dt>
            <dd>
              <Facet values={[inc.scope]} />
              {inc.region && <> — {inc.region}</>}
            </dd>
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
        </aside>
      </div>
    </article>
  );
}
