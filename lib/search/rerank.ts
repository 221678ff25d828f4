import Fuse from 'fuse.js';
import type { Engine } from './engine';
import type { SearchRecord } from './schema';

/** How many of the best candidates fuse.js re-scores; the rest keep their index order. */
export const RERANK_TOP = 20;
/** The most a close phrase match can multiply a score by (1 + PHRASE_BOOST). */
export const PHRASE_BOOST = 1;

/** A candidate being ranked. */
export interface Scored {
  record: SearchRecord;
  score: number;
}

/**
 * Re-scores the best candidates with fuse.js: the index scores words one by one, fuse.js scores
 * how closely the query as a whole (order, nearness, typos) appears in the title or tag names, so
 * "thread limit" ranks the incident whose title says "thread limit" above one that merely uses both
 * words. Only RERANK_TOP candidates are scored, which keeps fuse.js's cost bounded.
 */
export function rerank<T extends Scored>(engine: Engine, scored: T[], queryText: string): T[] {
  if (scored.length < 2 || queryText === '') return scored;
  const sorted = [...scored].sort((a, b) => b.score - a.score);
  const top = sorted.slice(0, RERANK_TOP);
  const docs = top.map((s) => ({
    title: s.record.title,
    names: [
      ...s.record.orgs.map((id) => engine.orgName.get(id) ?? id),
      ...s.record.faults.map((f) => engine.termById.get(f.type)?.name ?? f.type),
    ].join(' · '),
  }));
  const fuse = new Fuse(docs, {
    keys: [
      { name: 'title', weight: 2 },
      { name: 'names', weight: 1 },
    ],
    includeScore: true,
    ignoreLocation: true,
    ignoreDiacritics: true,
    threshold: 0.4,
  });
  // fuse.js scores patterns in 32-character pieces; one piece holds the phrase that matters most.
  for (const r of fuse.search(queryText.slice(0, 32))) {
    const s = top[r.refIndex];
    if (s) s.score *= 1 + PHRASE_BOOST * (1 - (r.score ?? 1));
  }
  return sorted.sort((a, b) => b.score - a.score);
}
