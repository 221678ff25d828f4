import Fuse from 'fuse.js';
import { knows, type Engine } from './engine';
import { tokenize, type CleanQuery } from './normalize';
import { matchQuery } from './query';
import { compareCodeUnits } from './order';
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
function termHref(term: SearchTerm): string {
  return term.kind === 'glossary' ? glossaryTermPath(term.id) : pageOf(term.kind, term.id);
}

/** A name spelled as tokens joined by single spaces, for whole-word containment tests. */
const spaced = (text: string) => ` ${tokenize(text).join(' ')} `;

// One entry per name or other name of each term; built once per engine (the vocabulary never changes).
interface NameEntry {
  term: SearchTerm;
  name: string;
  /** The name as spaced tokens (see `spaced`), worked out once rather than on every keystroke. */
  spacedName: string;
}
/** Names this much longer or shorter than the query are never offered as its misspelling. */
const NAME_LENGTH_SLACK = 3;

const fuseOptions = { keys: ['name'], includeScore: true, threshold: 0.3, ignoreDiacritics: true };
const namesCache = new WeakMap<
  Engine,
  { list: NameEntry[]; fuse: Fuse<NameEntry>; byLength: Map<number, Fuse<NameEntry>> }
>();
function names(engine: Engine) {
  let c = namesCache.get(engine);
  if (!c) {
    const list = engine.core.terms.flatMap((term) =>
      [term.name, ...term.aka].map((name) => ({ term, name, spacedName: spaced(name) })),
    );
    // Term offers only take names about as long as the query; fuse.js scores each name on its own,
    // so searching the names of each length apart finds the same names for a fraction of the work.
    const lengths = new Map<number, NameEntry[]>();
    for (const e of list) lengths.set(e.name.length, [...(lengths.get(e.name.length) ?? []), e]);
    c = {
      list,
      fuse: new Fuse(list, fuseOptions),
      byLength: new Map([...lengths].map(([n, entries]) => [n, new Fuse(entries, fuseOptions)])),
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
  const { list, byLength } = names(engine);
  const named = list.filter((e) => q.includes(e.spacedName)).map((e) => e.term);
  const bare = q.trim();
  // Only a query about as long as a name can be a misspelling of it.
  const close: SearchTerm[] = [];
  if (bare.length <= 40 && bare.length >= 5) {
    const found: { score: number; at: number; term: SearchTerm }[] = [];
    for (let n = bare.length - NAME_LENGTH_SLACK; n <= bare.length + NAME_LENGTH_SLACK; n++)
      for (const r of byLength.get(n)?.search(bare) ?? [])
        if ((r.score ?? 1) <= 0.25) found.push({ score: r.score ?? 1, at: list.indexOf(r.item), term: r.item.term });
    // Best first, as one search over all the names would rank them.
    close.push(...found.sort((x, y) => x.score - y.score || x.at - y.at).map((f) => f.term));
  }
  const terms = [...new Set([...named, ...close])].slice(0, 3);
  return terms.map((term) => ({ term, label: `${KIND_LABEL[term.kind]}: ${term.name}`, href: termHref(term) }));
}

/**
 * Queries that might be meant when nothing matched, before checking which have results: the query
 * with each word the corpus lacks replaced by the nearest word it has, and vocabulary names close
 * to the query; no repeats, none equal to the query. Reads the words the query's words reach by a
 * third of their length in edits (the worker loads their shards first).
 */
export function suggestionCandidates(engine: Engine, query: CleanQuery): string[] {
  if (query.terms.length === 0) return [];
  const out: string[] = [];
  const fixed = query.terms.map((t) => {
    if (knows(engine, t)) return t;
    const near = [
      ...engine.short.index.autoSuggest(t, { fuzzy: 0.34, prefix: false }),
      ...(engine.body?.index.autoSuggest(t, { fuzzy: 0.34, prefix: false }) ?? []),
    ]
      // MiniSearch lists a suggestion's words in the order they sit in its tree, which is the order
      // the shards happened to load in: put them in one order so the answer does not depend on it.
      .map((s) => ({ ...s, suggestion: [...s.terms].sort().join(' ') }))
      .sort((a, b) => b.score - a.score || compareCodeUnits(a.suggestion, b.suggestion));
    return near[0]?.suggestion ?? t;
  });
  out.push(fixed.join(' '));
  const { fuse } = names(engine);
  for (const r of fuse.search(query.text.slice(0, 64), { limit: 5 })) out.push(r.item.name);
  // Drop words the query already has and any suggestion that would itself find nothing.
  // One suggestion per folded spelling ("zookeeper" and the name "ZooKeeper" are one).
  const asked = query.terms.join(' ');
  const seen = new Set<string>([asked]);
  return out.filter((s) => {
    const key = tokenize(s).join(' ');
    if (key === '' || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Queries to try when nothing matched, each of which has results (see `suggestionCandidates`;
 * the worker passes the candidates it loaded the shards of).
 */
export function didYouMean(
  engine: Engine,
  query: CleanQuery,
  candidates: readonly string[] = suggestionCandidates(engine, query),
): string[] {
  return candidates
    .filter((s) => {
      const m = matchQuery(engine, s);
      return !m.partial && m.ranked.length > 0;
    })
    .slice(0, 3);
}
