import { describe, expect, it } from 'vitest';
import { FAULT_ROLES } from '../content/facets';
import { termPagePath, termPageRoute } from '../routes';
import { getCorpus } from './index';
import { pageCount, pageItems } from './paging';
import {
  TERM_KINDS,
  TERM_PAGE_SIZE,
  laterTermPages,
  pageRange,
  parsePageNumber,
  roleEntries,
  roleRuns,
  roleStartPages,
  termIds,
  termIncidents,
  termPageCount,
  type TermCorpus,
} from './term-pages';

const corpus = getCorpus();

describe('a fault page as one paged list', () => {
  it('lists each incident once per role, trigger first, then root, then contributing', () => {
    for (const id of termIds(corpus, 'fault')) {
      const group = corpus.byFault.get(id);
      const entries = roleEntries(group);
      expect(entries.map((e) => e.role)).toEqual(
        FAULT_ROLES.flatMap((role) => Array.from({ length: group?.[role].length ?? 0 }, () => role)),
      );
      for (const role of FAULT_ROLES)
        expect(entries.filter((e) => e.role === role).map((e) => e.incident)).toEqual(group?.[role] ?? []);
    }
  });

  it('splits a page into role sections that put back together give the page', () => {
    const entries = roleEntries(corpus.byFault.get('change-fault'));
    expect(entries.length).toBeGreaterThan(TERM_PAGE_SIZE.fault);
    for (let n = 1; n <= pageCount(entries.length, TERM_PAGE_SIZE.fault); n += 1) {
      const page = pageItems(entries, n, TERM_PAGE_SIZE.fault);
      const runs = roleRuns(page);
      expect(runs.flatMap((r) => r.incidents.map((incident) => ({ role: r.role, incident })))).toEqual(page);
      runs.slice(1).forEach((r, i) => expect(r.role).not.toBe(runs[i]!.role));
    }
  });

  it('says on which page each role starts', () => {
    for (const id of termIds(corpus, 'fault')) {
      const group = corpus.byFault.get(id);
      const entries = roleEntries(group);
      const starts = roleStartPages(group, TERM_PAGE_SIZE.fault);
      for (const role of FAULT_ROLES) {
        const at = entries.findIndex((e) => e.role === role);
        expect(starts[role], `${id} ${role}`).toBe(at < 0 ? undefined : Math.ceil((at + 1) / TERM_PAGE_SIZE.fault));
      }
    }
    expect(roleStartPages({ trigger: [], root: [], contributing: [] }, 10)).toEqual({});
  });
});

describe('term list pages', () => {
  it('generates pages 2 to the last of every term, and nothing else, when some term needs a second page', () => {
    for (const kind of TERM_KINDS) {
      const expected = termIds(corpus, kind).flatMap((id) => {
        const n = Math.ceil(termIncidents(corpus, kind, id).length / TERM_PAGE_SIZE[kind]);
        return Array.from({ length: Math.max(0, n - 1) }, (_, i) => ({ id, n: i + 2 }));
      });
      const got = laterTermPages(corpus, kind);
      if (expected.length > 0) expect(got, kind).toEqual(expected);
      else expect(got, kind).toEqual([{ id: termIds(corpus, kind)[0], n: 1 }]);
    }
    // The real corpus has goals with more incidents than a page holds.
    expect(laterTermPages(corpus, 'goal').some((p) => p.id === 'availability' && p.n === 2)).toBe(true);
  });

  it('stands in the first term’s page 1 when no term has a second page, and nothing when there are no terms', () => {
    const small: TermCorpus = { ...corpus, byGoal: new Map(), byOrg: new Map() };
    expect(laterTermPages(small, 'goal')).toEqual([{ id: [...corpus.tax.goalById.keys()][0], n: 1 }]);
    expect(termPageCount(small, 'goal', 'availability')).toBe(1);
    expect(laterTermPages(small, 'org')).toEqual([]);
  });

  it('counts a fault’s listings once per role and every other term’s incidents once', () => {
    const group = corpus.byFault.get('change-fault')!;
    expect(termIncidents(corpus, 'fault', 'change-fault')).toHaveLength(
      group.trigger.length + group.root.length + group.contributing.length,
    );
    expect(termIncidents(corpus, 'goal', 'availability')).toEqual(
      corpus.incidents.filter((i) => i.goals.some((g) => g.id === 'availability')),
    );
    expect(termIncidents(corpus, 'technology', 'no-such-technology')).toEqual([]);
  });

  it('gives each page its first and last position', () => {
    expect(pageRange(97, 1, 25)).toEqual({ first: 1, last: 25 });
    expect(pageRange(97, 4, 25)).toEqual({ first: 76, last: 97 });
    expect(pageRange(0, 1, 25)).toEqual({ first: 1, last: 0 });
  });

  it('reads only whole page numbers from 1', () => {
    expect(parsePageNumber('2')).toBe(2);
    expect(parsePageNumber('12')).toBe(12);
    for (const bad of ['0', '-1', '1.5', '02', 'x', '', '1e3']) expect(parsePageNumber(bad), bad).toBeUndefined();
  });

  it('puts page 1 at the term’s page and later pages under it', () => {
    expect(termPagePath('fault', 'change-fault', 1)).toBe('/faults/change-fault/');
    expect(termPagePath('goal', 'availability', 3)).toBe('/goals/availability/page/3/');
    expect(termPageRoute('technology', 'dns', 1)).toBe('/technologies/dns/page/1/');
  });
});
