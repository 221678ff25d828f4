import { describe, expect, it } from 'vitest';
import { termKey } from '../search/engine';
import { passes } from '../search/facets';
import { coreJson } from '../search/files';
import { coreFileSchema } from '../search/schema';
import { parseSearchParams } from '../search/url-state';
import { getCorpus } from '.';
import { cellSearchHref, faultMatrix, matrixCounts, shadeStep } from './matrix';

describe('fault matrix', () => {
  it('links a cell to the search page filtered to its fault and column', () => {
    expect(cellSearchHref('change-fault', 'goal', 'availability')).toBe(
      '/search/?fault=change-fault&goal=availability',
    );
  });

  it('sends every cell to a search that finds exactly the incidents the cell counts', () => {
    const corpus = getCorpus();
    const core = coreFileSchema.parse(JSON.parse(coreJson(corpus)));
    const classOf = new Map(core.terms.map((t) => [termKey(t.kind, t.id), t]));
    const goals = [...corpus.tax.goalById.values()];
    const m = faultMatrix(corpus.incidents, corpus.tax, goals, (i) => i.goals.map((g) => g.id));
    let checked = 0;
    for (const row of m.rows) {
      row.cells.forEach((incs, c) => {
        const href = cellSearchHref(row.id, 'goal', m.columns[c]!.id);
        const { filters } = parseSearchParams(new URLSearchParams(href.split('?')[1]));
        const found = core.records
          .filter((r) => passes(r, filters, classOf))
          .map((r) => r.id)
          .sort();
        expect(found, href).toEqual(incs.map((i) => i.id).sort());
        checked += incs.length;
      });
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('reduces each cell to its count, keeping rows, columns and the largest count', () => {
    const { incidents, tax } = getCorpus();
    const m = faultMatrix(incidents, tax, [...tax.goalById.values()], (i) => i.goals.map((g) => g.id));
    const counts = matrixCounts(m);
    expect(counts.rows.map((r) => r.id)).toEqual(m.rows.map((r) => r.id));
    expect(counts.rows.map((r) => r.counts)).toEqual(m.rows.map((r) => r.cells.map((c) => c.length)));
    expect(Math.max(...counts.rows.flatMap((r) => r.counts))).toBe(counts.max);
    expect(JSON.stringify(counts)).not.toContain(incidents[0]!.title);
  });

  it('shades empty cells 0 and the fullest cell 4', () => {
    expect(shadeStep(0, 10)).toBe(0);
    expect(shadeStep(1, 10)).toBe(1);
    expect(shadeStep(10, 10)).toBe(4);
  });
});
