'use client';
import Link from 'next/link';
import { memo, type KeyboardEvent } from 'react';
import type { ResultCard } from '@/lib/search/cards';
import type { Segment } from '@/lib/search/highlight';
import { incidentPath } from '@/lib/routes';

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

const sameSegments = (a: readonly Segment[], b: readonly Segment[]) =>
  a.length === b.length && a.every((s, i) => s.text === b[i]!.text && s.mark === b[i]!.mark);
const sameWords = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((w, i) => w === b[i]);

/**
 * One result. Each answer arrives as new objects from the worker, but from one letter to the next
 * many cards read the same: such a card is not rendered again.
 */
const Card = memo(
  function Card({ card: c, partial }: { card: ResultCard; partial: boolean }) {
    return (
      <li>
        <h3>
          <Link href={incidentPath(c.id)} prefetch={false} data-result="">
            <Marked segments={c.title} />
          </Link>
        </h3>
        <p className="muted">{c.byline}</p>
        <p className="snippet">
          <Marked segments={c.snippet} />
        </p>
        {partial && <p className="partial-mark">Partial match: has {c.found.map((w) => `“${w}”`).join(', ')} only</p>}
        {c.why.length > 0 && <p className="why muted">Matched in {c.why.join('; ')}</p>}
      </li>
    );
  },
  (a, b) =>
    a.partial === b.partial &&
    (a.card === b.card ||
      (a.card.id === b.card.id &&
        a.card.byline === b.card.byline &&
        sameSegments(a.card.title, b.card.title) &&
        sameSegments(a.card.snippet, b.card.snippet) &&
        sameWords(a.card.why, b.card.why) &&
        sameWords(a.card.found, b.card.found))),
);

/**
 * The ranked results: title (matched words marked), date and organisations, a snippet, and why it
 * matched — all made in the search worker, so rendering is only putting the pieces in place.
 */
export const SearchResults = memo(function SearchResults({
  cards,
  partial,
}: {
  cards: readonly ResultCard[];
  /** The hits have only some of the query's words: each says which. */
  partial: boolean;
}) {
  return (
    <ol className="search-results" onKeyDown={onListKey}>
      {cards.map((c) => (
        <Card key={c.id} card={c} partial={partial} />
      ))}
    </ol>
  );
});
