import Link from 'next/link';
import { getCorpus } from '@/lib/corpus';
import { wikiKey, type WikiKind } from '@/lib/markdown/wiki-links';
import { incidentPath } from '@/lib/routes';

/** "Mentioned in": the incidents whose story wiki-links to this page. Always shown, so readers know it was checked. */
export function MentionedIn({ kind, id }: { kind: WikiKind; id: string }) {
  const incidents = getCorpus().mentionedIn.get(wikiKey(kind, id)) ?? [];
  const headingId = `mentioned-${kind}-${id}`;
  return (
    <section aria-labelledby={headingId} className="mentioned-in">
      <h2 id={headingId}>Mentioned in</h2>
      {incidents.length === 0 ? (
        <p className="muted">No incident&rsquo;s story links here yet.</p>
      ) : (
        <ul>
          {incidents.map((inc) => (
            <li key={inc.id}>
              <Link href={incidentPath(inc.id)} prefetch={false}>
                {inc.title}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
