import type { Incident } from '@/lib/content';

/** Sources with the primary report first, each marked primary or secondary, machine-written summaries labelled, unlinked ones saying why. */
export function SourceList({ incident }: { incident: Incident }) {
  const sources = [...incident.sources].sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'primary' ? -1 : 1));
  return (
    <>
      {incident.primaryReport === 'none' && (
        <p>
          <strong>No primary report.</strong> {incident.primaryReportReason}
        </p>
      )}
      <ol>
        {sources.map((s) => (
          <li key={s.ref} id={`source-${s.ref}`}>
            {s.url ? (
              <a href={s.url} rel="noopener noreferrer">
                {s.title}
              </a>
            ) : (
              <cite>{s.title}</cite>
            )}
            {' — '}
            {s.publisher}
            <span className="badge">{s.kind}</span>
            {s.machineWritten && (
              <span
                className="badge likely"
                title="Generated text: a pointer to the report it summarises, never the only support of a fact"
              >
                machine-written summary
              </span>
            )}
            {s.archived && (
              <>
                {' '}
                (
                <a href={s.archived} rel="noopener noreferrer">
                  archived copy
                </a>
                )
              </>
            )}
            {s.accessed && <span className="muted"> accessed {s.accessed}</span>}
            {s.note && <span className="muted"> {s.note}</span>}
            {s.noLinkReason && <span className="muted"> No link: {s.noLinkReason}</span>}
          </li>
        ))}
      </ol>
    </>
  );
}
