import type { Metadata } from 'next';
import { pageMeta } from '@/lib/page-meta';
import Link from 'next/link';
import { getCorpus } from '@/lib/corpus';
import { shortIncidentLabel } from '@/lib/corpus/incident-summaries';

export const metadata: Metadata = pageMeta({ title: 'Glossary', description: 'The technical terms Faultline\'s incidents use, each defined and linked to the incidents that use it.', path: '/learn/glossary/' });

/** Every glossary term, defined, with the incidents that use it. */
export default function GlossaryPage() {
  const { glossary, byTerm, tax } = getCorpus();
  const terms = [...glossary].sort((a, b) => a.term.localeCompare(b.term));
  return (
    <>
      <h1>Glossary</h1>
      <p className="lede">Technical terms used by the case studies. Each lists the incidents that use it, by organisation and month.</p>
      {terms.length === 0 ? <p className="muted">No terms yet.</p> : (
        <dl>
          {terms.map((t) => (
            <div key={t.id} id={`term-${t.id}`}>
              <dt><strong>{t.term}</strong>{t.aliases?.length ? <span className="muted"> (also: {t.aliases.join(', ')})</span> : null}</dt>
              <dd>
                <p>{t.definition}</p>
                {(byTerm.get(t.id)?.length ?? 0) > 0 && (
                  <p className="muted">Used in:{' '}
                    {byTerm.get(t.id)!.map((inc, i) => (
                      <span key={inc.id}>{i > 0 && ', '}<Link href={`/incidents/${inc.id}/`} prefetch={false}>{shortIncidentLabel(inc, tax)}</Link></span>
                    ))}
                  </p>
                )}
              </dd>
            </div>
          ))}
        </dl>
      )}
    </>
  );
}
