/**
 * The labels of the search vocabulary (terms by key, organisation names by id): what the page's
 * main thread needs to name facets and filters. Free of the index library, so the page bundle
 * stays small; the engine itself runs in the search worker.
 */
import type { CoreFile, SearchTerm } from './schema';

/** The labels the worker posts to the page once: the vocabulary's terms and organisations (labels.json). */
export type Labels = Pick<CoreFile, 'terms' | 'orgs'>;

/** Terms by key (see termKey) and organisation names by id, with the labels they came from. */
export interface Vocabulary {
  core: Labels;
  termById: ReadonlyMap<string, SearchTerm>;
  orgName: ReadonlyMap<string, string>;
}

/** The lookups of a set of labels. */
export function vocabularyOf(core: Labels): Vocabulary {
  return {
    core: { terms: core.terms, orgs: core.orgs },
    termById: new Map(core.terms.map((t) => [termKey(t.kind, t.id), t])),
    orgName: new Map(core.orgs.map((o) => [o.id, o.name])),
  };
}

// Vocabulary terms share ids across kinds only by accident (a technology and a glossary term may
// both be "dns"); the engine keys them by kind too.
/** The key of a vocabulary term in termById: its id, or "kind:id" for technologies and glossary terms. */
export function termKey(kind: SearchTerm['kind'], id: string): string {
  return kind === 'technology' || kind === 'glossary' ? `${kind}:${id}` : id;
}
