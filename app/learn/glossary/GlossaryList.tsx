'use client';
import Link from 'next/link';
import { incidentPath } from '@/lib/routes';

/** One glossary entry as the list needs it. */
export type GlossaryEntry = {
  id: string;
  term: string;
  aka: string[];
  definition: string;
  uses: [id: string, label: string][];
  /** How many more incidents use the term than `uses` lists (the page lists only the newest few). */
  more: number;
  /** Where the reader finds every incident using the term. */
  moreHref: string;
};

/**
 * The glossary as a definition list. A client component on purpose: a server component's markup is
 * written twice (HTML and inline flight data), while a client component's props are plain JSON,
 * which keeps this page — which grows with every term and incident — within the HTML budget.
 */
export function GlossaryList({ entries }: { entries: GlossaryEntry[] }) {
  return (
    <dl>
      {entries.map((t) => (
        <div key={t.id} id={`term-${t.id}`}>
          <dt>
            <strong>{t.term}</strong>
            {t.aka.length > 0 && <span className="muted"> (also: {t.aka.join(', ')})</span>}
          </dt>
          <dd>
            <p>{t.definition}</p>
            {t.uses.length > 0 && (
              <p className="muted">
                Used in:{' '}
                {t.uses.map(([id, label], i) => (
                  <span key={id}>
                    {i > 0 && ', '}
                    <Link href={incidentPath(id)} prefetch={false}>
                      {label}
                    </Link>
                  </span>
                ))}
                {t.more > 0 && (
                  <>
                    {' '}
                    and <Link href={t.moreHref}>{t.more} more</Link>
                  </>
                )}
              </p>
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}
