import Link from 'next/link';
import type { Related } from '@/lib/corpus';
import { describeReasons } from '@/lib/corpus/related';
import { incidentPath } from '@/lib/routes';

/** Related incidents, best first, each with the mechanism it shares; hand-listed ones are marked. */
export function RelatedList({ related }: { related: readonly Related[] }) {
  if (related.length === 0)
    return <p className="muted">No other incident shares a fault, goal or challenge with this one yet.</p>;
  return (
    <ol className="related">
      {related.map((r) => (
        <li key={r.incident.id}>
          <Link href={incidentPath(r.incident.id)} prefetch={false}>
            {r.incident.title}
          </Link>
          {r.handListed && (
            <>
              {' '}
              <span className="badge" title="Listed by the incident's editors, not only computed">
                listed by hand
              </span>
            </>
          )}
          <br />
          <span className="muted related-reason">{describeReasons(r.reasons)}</span>
        </li>
      ))}
    </ol>
  );
}
