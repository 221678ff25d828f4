import Link from 'next/link';
import type { Incident } from '@/lib/content';
import { formatPartialDate } from '@/lib/content/dates';
import { formatMinutes, parseDurationMinutes } from '@/lib/content/duration';
import { getCorpus } from '@/lib/corpus';
import { facetLabel } from '@/lib/content/facets';
import { localTimeNote } from '@/lib/corpus/story';
import { orgPath } from '@/lib/routes';

type Duration = Incident['durations'][number];

/** A reported duration as text: "≈ 17 h 8 min" (the raw value when it does not parse). */
export function durationText(d: Duration): string {
  const minutes = parseDurationMinutes(d.value);
  return `${d.approximate ? '≈ ' : ''}${minutes === null ? d.value : formatMinutes(minutes)}`;
}

/** True when the incident's disputes include its duration. */
export function durationDisputed(incident: Incident): boolean {
  return incident.disputes.some((d) => /duration|how long|lasted/i.test(d.field));
}

/** The primary (original) report, if the incident has one with a link. */
function primarySource(incident: Incident) {
  return incident.sources.find((s) => s.kind === 'primary' && s.url);
}

/**
 * The key-facts strip under an incident's summary: when, how long, who, scope and impact, then the
 * link to the original report — what a reader needs before deciding to read the story.
 */
export function KeyFacts({ incident: inc }: { incident: Incident }) {
  const { tax } = getCorpus();
  const used = inc.durations[0];
  const primary = primarySource(inc);
  return (
    <>
      <dl className="key-facts" aria-label="Key facts">
        <div>
          <dt>When</dt>
          <dd>
            <time dateTime={inc.started.at}>{formatPartialDate(inc.started)}</time>
          </dd>
        </div>
        <div>
          <dt>How long</dt>
          <dd>
            {used ? (
              <>
                {durationText(used)} <span className="muted">({facetLabel(used.basis)})</span>
                {durationDisputed(inc) && (
                  <>
                    {' '}
                    <a href="#disputes">disputed</a>
                  </>
                )}
              </>
            ) : inc.ended ? (
              <>
                until <time dateTime={inc.ended.at}>{formatPartialDate(inc.ended)}</time>
              </>
            ) : (
              <span className="muted">not reported</span>
            )}
          </dd>
        </div>
        <div>
          <dt>Who</dt>
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
        </div>
        <div>
          <dt>Scope</dt>
          <dd>
            {facetLabel(inc.scope)}
            {inc.region && <span className="muted"> — {inc.region}</span>}
          </dd>
        </div>
        <div>
          <dt>Impact</dt>
          <dd>{inc.impact.map((v) => facetLabel(v)).join(', ')}</dd>
        </div>
      </dl>
      <p className="original-report">
        {primary ? (
          <>
            Original report:{' '}
            <a href={primary.url} rel="noopener noreferrer">
              {primary.title}
            </a>{' '}
            <span className="muted">— {primary.publisher}</span>
          </>
        ) : (
          <>
            No original report was published. <a href="#sources-h">See the sources</a>.
          </>
        )}
      </p>
    </>
  );
}

/** Where a converted time came from, in reading order: "reported as 5:15 AM PST". */
export function ReportedAs({ derivedFrom }: { derivedFrom?: string | undefined }) {
  if (!derivedFrom) return null;
  return <span className="muted"> (reported as {localTimeNote(derivedFrom)})</span>;
}
