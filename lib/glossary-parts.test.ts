import { describe, expect, it } from 'vitest';
import { getCorpus } from './corpus';
import { GLOSSARY_PARTS, glossaryPartOf, glossaryPartPath, glossaryTermPath } from './routes';

describe('glossary pages', () => {
  it('sends every term to exactly one page, and its link to that page', () => {
    const { glossary } = getCorpus();
    const byPart = GLOSSARY_PARTS.map((_, i) => glossary.filter((t) => glossaryPartOf(t.id) === i).length);
    expect(byPart.reduce((a, b) => a + b, 0)).toBe(glossary.length);
    for (const t of glossary)
      expect(glossaryTermPath(t.id).startsWith(`${glossaryPartPath(glossaryPartOf(t.id))}#`)).toBe(true);
  });

  it('splits by the first letter of the id, with anything else on the first page', () => {
    expect(glossaryTermPath('leap-second')).toBe('/learn/glossary/#term-leap-second');
    expect(glossaryTermPath('quorum')).toBe('/learn/glossary/m-z/#term-quorum');
    expect(glossaryPartOf('2pc')).toBe(0);
  });
});
