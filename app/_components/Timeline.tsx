import type { Incident } from '@/lib/content';
import { formatPartialDate } from '@/lib/content/dates';
import { ReportedAs } from './KeyFacts';

/** The incident's timeline as an ordered list, with conversion notes and "likely" marks. */
export function Timeline({ incident }: { incident: Incident }) {
  return (
    <ol className="timeline">
      {incident.timeline.map((e, i) => (
        <li key={i}>
          <time dateTime={e.at.at}>
            <strong>{formatPartialDate(e.at)}</strong>
          </time>
          <span className="phase">{e.phase}</span>
          {e.confidence === 'likely' && (
            <span className="badge likely" title="Seen only in secondary sources">
              likely
            </span>
          )}
          <br />
          {e.text}
          <ReportedAs derivedFrom={e.at.derivedFrom} />
        </li>
      ))}
    </ol>
  );
}
