import Link from 'next/link';
import type { ComparisonView } from '@/lib/corpus';
import { incidentPath } from '@/lib/routes';

/** "What these have in common" sections for a fault or technology page; nothing when there are none. */
export function Comparisons({ comparisons }: { comparisons: readonly ComparisonView[] | undefined }) {
  if (!comparisons?.length) return null;
  return (
    <section aria-labelledby="in-common">
      <h2 id="in-common">What these incidents have in common</h2>
      {comparisons.map((c) => (
        <section key={c.id} aria-labelledby={`in-common-${c.id}`} className="comparison">
          <h3 id={`in-common-${c.id}`}>
            {c.name} <span className="count">({c.incidents.length} incidents)</span>
          </h3>
          <p>
            {c.prose.map((s, i) =>
              'text' in s ? (
                s.text
              ) : (
                <Link key={i} href={incidentPath(s.incident)} prefetch={false} title={s.title}>
                  {s.title}
                </Link>
              ),
            )}
          </p>
        </section>
      ))}
    </section>
  );
}
