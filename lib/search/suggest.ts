import Fuse from 'fuse.js';
import type { Engine } from './engine';
import { foldCase, type CleanQuery } from './normalize';
import type { SearchTerm, TermKind } from './schema';
import { pageOf } from '../routes';

/** A taxonomy term whose page the query names: "Fault type: Resource exhaustion →". */
export interface TermOffer {
  term: SearchTerm;
  label: string;
  href: string;
}

const KIND_LABEL: Record<TermKind, string> = {
  'fault-class': 'Fault class',
  'fault-type': 'Fault type',
  goal: 'Goal',
  challenge: 'Challenge',
};

/** The page of a taxonomy term (without base path). */
export function termHref(term: SearchTerm): string {
  return pageOf(term.kind, term.id);
}

/** "Fault type", "Goal" … */
export function termKindLabel(kind: TermKind): string {
  return KIND_LABEL[kind];
}

// Fuse instances are built once per engine: the term list never changes.
const fuseCache = new WeakMap<Engine, Fuse<SearchTerm>>();

/**
 * Terms the query names: its text contains the term's name, or fuse.js finds the name within a
 * typo or two of the whole query ("resorce exhaustion", "scalabilty"). At most three.
 */
export function termOffers(engine: Engine, query: CleanQuery): TermOffer[] {
  const q = query.terms.join(' ');
  if (q.length < 3) return [];
  const named = engine.core.terms.filter((t) =>
    ` ${q} `.includes(
      ` ${foldCase(t.name)
        .replace(/[^\p{L}\p{N}]+/gu, ' ')
        .trim()} `,
    ),
  );
  let fuse = fuseCache.get(engine);
  if (!fuse) {
    fuse = new Fuse(engine.core.terms, { keys: ['name'], includeScore: true, threshold: 0.3, ignoreDiacritics: true });
    fuseCache.set(engine, fuse);
  }
  // Only a query about as long as a name can be a misspelling of it.
  const close =
    q.length > 40
      ? []
      : fuse
          .search(q)
          .filter((r) => (r.score ?? 1) <= 0.25 && Math.abs(r.item.name.length - q.length) <= 3)
          .map((r) => r.item);
  const terms = [...new Set([...named, ...close])].slice(0, 3);
  return terms.map((term) => ({ term, label: `${KIND_LABEL[term.kind]}: ${term.name}`, href: termHref(term) }));
}

/** Queries to try when nothing matched: indexed words near the query's words, best first. */
export function didYouMean(engine: Engine, query: CleanQuery): string[] {
  if (query.terms.length === 0) return [];
  const found = engine.short.autoSuggest(query.terms.join(' '), { fuzzy: 0.34, prefix: true, combineWith: 'OR' });
  return found
    .map((s) => s.suggestion)
    .filter((s) => s !== query.terms.join(' '))
    .slice(0, 3);
}
