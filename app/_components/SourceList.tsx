import type { Incident } from '@/lib/content';

/**
 * The page's one list of sources. Sources the story cites come first, in citation order, so their
 * numbers are the story's footnote numbers, each with a link back to where it is first cited; the
 * rest follow, primary reports first.
 */
export function SourceList({ incident, cited }: { incident: Incident; cited: readonly string[] }) {
  const rank = (kind: string) => (kind === 'primary' ? 0 : 1);
  const byRef = new Map(incident.sources.map((s) => [s.ref, s]));
  const first = cited.flatMap((r) => (byRef.has(r) ? [byRef.get(r)!] : []));
  const rest = incident.sources.filter((s) => !cited.includes(s.ref)).sort((a, b) => rank(a.kind) - rank(b.kind));
  return (
    <>
      {incident.primaryReport === 'none' && (
        <p>
          <strong>No primary report.</strong> {incident.primaryReportReason}
        </p>
      )}
      <ol className="sources">
        {[...first, ...rest].map((s) => (
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
            <span className="badge">{s.kind === 'primary' ? 'primary report' : 'secondary'}</span>
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
            {cited.includes(s.ref) ? (
              <>
                {' '}
                <a
                  href={`#user-content-fnref-${s.ref}`}
                  aria-label={`Back to where the story first cites ${s.publisher}`}
                >
                  ↩
                </a>
              </>
            ) : (
              <span className="muted"> (not cited in the story)</span>
            )}
          </li>
        ))}
      </ol>
    </>
  );
}
