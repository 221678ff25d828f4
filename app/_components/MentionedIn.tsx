import Link from 'next/link';
import { getCorpus } from '@/lib/corpus';
import { wikiKey, type WikiKind } from '@/lib/markdown/wiki-links';
import { incidentPath } from '@/lib/routes';

/** "Mentioned in": the incidents whose story wiki-links to this page; left out when there are none. */
export function MentionedIn({ kind, id }: { kind: WikiKind; id: string }) {
  const incidents = getCorpus().mentionedIn.get(wikiKey(kind, id)) ?? [];
  if (incidents.length === 0) return null;
  const headingId = `mentioned-${kind}-${id}`;
  return (
    <section aria-labelledby={headingId} className="mentioned-in">
      <h2 id={headingId}>Mentioned in</h2>
      <ul>
        {incidents.map((inc) => (
          <li key={inc.id}>
            <Link href={incidentPath(inc.id)} prefetch={false}>
              {inc.title}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
