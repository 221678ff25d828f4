import Fuse from 'fuse.js';
import { knows, type Engine } from './engine';
import { noFilters } from './facets';
import { tokenize, type CleanQuery } from './normalize';
import { runSearch } from './query';
import type { SearchTerm, TermKind } from './schema';
import { glossaryTermPath, pageOf } from '../routes';

/** A vocabulary term whose page the query names: "Fault type: Resource exhaustion →". */
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
  technology: 'Technology',
  glossary: 'Glossary',
};

/** The page of a vocabulary term (without base path). */
export function termHref(term: SearchTerm): string {
  return term.kind === 'glossary' ? glossaryTermPath(term.id) : pageOf(term.kind, term.id);
}

/** "Fault type", "Goal" … */
export function termKindLabel(kind: TermKind): string {
  return KIND_LABEL[kind];
}

/** A name spelled as tokens joined by single spaces, for whole-word containment tests. */
const spaced = (text: string) => ` ${tokenize(text).join(' ')} `;

// One entry per name or other name of each term; built once per engine (the vocabulary never changes).
interface NameEntry {
  term: SearchTerm;
  name: string;
}
const namesCache = new WeakMap<Engine, { list: NameEntry[]; fuse: Fuse<NameEntry> }>();
function names(engine: Engine) {
  let c = namesCache.get(engine);
  if (!c) {
    const list = engine.core.terms.flatMap((term) => [term.name, ...term.aka].map((name) => ({ term, name })));
    c = {
      list,
      fuse: new Fuse(list, { keys: ['name'], includeScore: true, threshold: 0.3, ignoreDiacritics: true }),
    };
    namesCache.set(engine, c);
  }
  return c;
}

/**
 * Terms the query names: its words contain a term's name or other name ("human error" names
 * Operator action), or fuse.js finds a name within a typo or two of the whole query ("resorce
 * exhaustion"). At most three, whole-name matches first.
 */
export function termOffers(engine: Engine, query: CleanQuery): TermOffer[] {
  const q = ` ${tokenize(query.text).join(' ')} `;
  if (q.trim().length < 2) return [];
  const { list, fuse } = names(engine);
  const named = list.filter((e) => q.includes(spaced(e.name))).map((e) => e.term);
  const bare = q.trim();
  // Only a query about as long as a name can be a misspelling of it.
  const close =
    bare.length > 40 || bare.length < 5
      ? []
      : fuse
          .search(bare)
          .filter((r) => (r.score ?? 1) <= 0.25 && Math.abs(r.item.name.length - bare.length) <= 3)
          .map((r) => r.item.term);
  const terms = [...new Set([...named, ...close])].slice(0, 3);
  return terms.map((term) => ({ term, label: `${KIND_LABEL[term.kind]}: ${term.name}`, href: termHref(term) }));
}

/**
 * Queries to try when nothing matched, each of which has results: the query with each word the
 * corpus lacks replaced by the nearest word it has, and vocabulary names close to the query.
 */
export function didYouMean(engine: Engine, query: CleanQuery): string[] {
  if (query.terms.length === 0) return [];
  const out: string[] = [];
  const fixed = query.terms.map((t) => {
    if (knows(engine, t)) return t;
    const near = [
      ...engine.short.autoSuggest(t, { fuzzy: 0.34, prefix: false }),
      ...(engine.body?.index.autoSuggest(t, { fuzzy: 0.34, prefix: false }) ?? []),
    ].sort((a, b) => b.score - a.score);
    return near[0]?.suggestion ?? t;
  });
  out.push(fixed.join(' '));
  const { fuse } = names(engine);
  for (const r of fuse.search(query.text.slice(0, 64), { limit: 5 })) out.push(r.item.name);
  // Drop words the query already has and any suggestion that would itself find nothing.
  // One suggestion per folded spelling ("zookeeper" and the name "ZooKeeper" are one).
  const asked = query.terms.join(' ');
  const seen = new Set<string>([asked]);
  return out
    .filter((s) => {
      const key = tokenize(s).join(' ');
      if (key === '' || seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .filter((s) => {
      const o = runSearch(engine, { q: s, filters: noFilters() });
      return !o.partial && o.hits.length > 0;
    })
    .slice(0, 3);
}
