import Fuse from 'fuse.js';
import { describe, expect, it } from 'vitest';
import { getCorpus } from '../corpus';
import { createEngine } from './engine';
import { noFilters } from './facets';
import { searchSource } from './files';
import { tokenize } from './normalize';
import { runSearch } from './query';
import { buildCoreFile } from './records';
import { readJudgments } from './relevance/judgments';
import { termOffers } from './suggest';

const engine = createEngine(buildCoreFile(searchSource(getCorpus())));

/** Term offers as one fuse.js search over every name would make them (the definition). */
function reference(text: string): string[] {
  const q = ` ${tokenize(text).join(' ')} `;
  if (q.trim().length < 2) return [];
  const list = engine.core.terms.flatMap((term) => [term.name, ...term.aka].map((name) => ({ term, name })));
  const named = list.filter((e) => q.includes(` ${tokenize(e.name).join(' ')} `)).map((e) => e.term);
  const bare = q.trim();
  const fuse = new Fuse(list, { keys: ['name'], includeScore: true, threshold: 0.3, ignoreDiacritics: true });
  const close =
    bare.length > 40 || bare.length < 5
      ? []
      : fuse
          .search(bare)
          .filter((r) => (r.score ?? 1) <= 0.25 && Math.abs(r.item.name.length - bare.length) <= 3)
          .map((r) => r.item.term);
  return [...new Set([...named, ...close])].slice(0, 3).map((t) => `${t.kind}:${t.id}`);
}

describe('term offers', () => {
  it('are those of one search over all names, for every keystroke of every judged query', () => {
    let offered = 0;
    for (const { q } of readJudgments())
      for (let i = 1; i <= q.length; i++) {
        const query = runSearch(engine, { q: q.slice(0, i), filters: noFilters() }).query;
        const got = termOffers(engine, query).map((o) => `${o.term.kind}:${o.term.id}`);
        expect(got, q.slice(0, i)).toEqual(reference(query.text));
        offered += got.length;
      }
    expect(offered).toBeGreaterThan(50);
  });
});
