import { describe, expect, it } from 'vitest';
import { getCorpus } from '../corpus';
import { INCIDENTS_PER_PAGE } from '../corpus/paging';
import { TERM_KINDS, TERM_PAGE_SIZE, termIds, termIncidents } from '../corpus/term-pages';
import { sitePaths } from './sitemap';

describe('sitePaths', () => {
  it('lists each page once, with an organisation page only for organisations that have incidents', () => {
    const corpus = getCorpus();
    const paths = sitePaths(corpus);
    expect(paths.filter((p, i) => paths.indexOf(p) !== i)).toEqual([]);
    const orgs = paths.filter((p) => p.startsWith('/orgs/') && p !== '/orgs/').map((p) => p.split('/')[2]);
    expect(orgs.filter((id) => !corpus.byOrg.has(id!))).toEqual([]);
    expect(paths).toContain('/incidents/aws-kinesis-us-east-1-2020/');
  });

  it('lists every later page of the incident list and every technology page', () => {
    const corpus = getCorpus();
    const paths = sitePaths(corpus);
    const pages = paths.filter((p) => p.startsWith('/incidents/page/'));
    const expected = Math.ceil(corpus.incidents.length / INCIDENTS_PER_PAGE) - 1;
    expect(pages).toEqual(Array.from({ length: expected }, (_, i) => `/incidents/page/${i + 2}/`));
    const tech = paths.filter((p) => p.startsWith('/technologies/') && p !== '/technologies/' && !p.includes('/page/'));
    expect(tech).toHaveLength(corpus.tax.technologyById.size);
    expect(paths).toContain('/technologies/');
  });

  it('lists every later page of every term page’s incident list', () => {
    const corpus = getCorpus();
    const paths = sitePaths(corpus);
    for (const kind of TERM_KINDS) {
      const section = kind === 'fault' ? 'faults' : kind === 'technology' ? 'technologies' : `${kind}s`;
      const later = paths.filter((p) => p.startsWith(`/${section}/`) && p.includes('/page/'));
      const expected = termIds(corpus, kind).flatMap((id) =>
        Array.from(
          { length: Math.ceil(termIncidents(corpus, kind, id).length / TERM_PAGE_SIZE[kind]) - 1 },
          (_, i) => `/${section}/${id}/page/${i + 2}/`,
        ),
      );
      // With no term needing a second page, the one stand-in page a static export builds.
      expect(later, kind).toEqual(expected.length > 0 ? expected : [`/${section}/${termIds(corpus, kind)[0]}/page/1/`]);
    }
    expect(paths).toContain('/goals/availability/page/2/');
  });
});
