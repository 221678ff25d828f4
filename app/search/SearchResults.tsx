'use client';
import Link from 'next/link';
import type { KeyboardEvent } from 'react';
import type { Hit } from '@/lib/search/query';
import type { Segment } from '@/lib/search/highlight';
import type { SearchModule } from './useSearchEngine';
import { incidentPath } from '@/lib/routes';

type Vocabulary = import('@/lib/search/browser').Vocabulary;

function Marked({ segments }: { segments: Segment[] }) {
  return <>{segments.map((s, i) => (s.mark ? <mark key={i}>{s.text}</mark> : <span key={i}>{s.text}</span>))}</>;
}

/** Moves focus between result links with the arrow keys; above the first result is the search box. */
function onListKey(e: KeyboardEvent<HTMLOListElement>) {
  if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
  const links = [...e.currentTarget.querySelectorAll<HTMLAnchorElement>('a[data-result]')];
  const at = links.findIndex((a) => a === document.activeElement);
  if (at < 0) return;
  e.preventDefault();
  if (e.key === 'ArrowDown') links[Math.min(at + 1, links.length - 1)]?.focus();
  else if (at === 0) document.getElementById('search-q')?.focus();
  else links[at - 1]?.focus();
}

/** The ranked results: title (matched words marked), date and organisations, a snippet, and why it matched. */
export function SearchResults({
  mod,
  engine,
  hits,
  texts,
  partial,
}: {
  mod: SearchModule;
  engine: Vocabulary;
  hits: Hit[];
  texts: ReadonlyMap<string, string>;
  /** The hits have only some of the query's words: each says which. */
  partial: boolean;
}) {
  return (
    <ol className="search-results" onKeyDown={onListKey}>
      {hits.map((hit) => {
        const words = mod.hitWords(hit);
        const fields = mod.hitFields(hit);
        const r = hit.record;
        const text = texts.get(r.id);
        const bodyFirst = !fields.includes('summary') && fields.includes('body');
        const snip =
          (bodyFirst && text ? mod.snippet(text, words) : null) ??
          mod.snippet(r.lead, words) ??
          (text ? mod.snippet(text, words) : null);
        const why = mod.whyMatched(engine, hit);
        return (
          <li key={r.id}>
            <h3>
              <Link href={incidentPath(r.id)} prefetch={false} data-result="">
                <Marked segments={mod.highlight(r.title, words)} />
              </Link>
            </h3>
            <p className="muted">
              {r.date} · {r.orgs.map((id) => engine.orgName.get(id) ?? id).join(', ')}
            </p>
            <p className="snippet">{snip ? <Marked segments={snip} /> : r.lead}</p>
            {partial && (
              <p className="partial-mark">Partial match: has {hit.found.map((w) => `“${w}”`).join(', ')} only</p>
            )}
            {why.length > 0 && <p className="why muted">Matched in {why.join('; ')}</p>}
          </li>
        );
      })}
    </ol>
  );
}
