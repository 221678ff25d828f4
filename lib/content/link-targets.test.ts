import { describe, expect, it } from 'vitest';
import { getContent } from '.';
import { LECTURE_IDEAS, ideaHref } from '../reliability/lecture-map';
import { glossaryTermPath, goalPath, incidentPath, learnPath } from '../routes';
import { getCorpus } from '../corpus';
import { sitePaths } from '../data/sitemap';
import { linkTargets } from './link-targets';

describe('link targets', () => {
  const content = getContent();
  const orgs = new Set(content.incidents.flatMap((i) => i.orgs.map((o) => o.id)));
  const targets = linkTargets(content.taxonomy, content.incidents.map((i) => i.id), orgs);
  const sitemap = new Set(sitePaths(getCorpus()));

  it('hold every page kind and every known section, from the routes module', () => {
    expect(targets.has('/')).toBe(true);
    expect(targets.has(learnPath('scaling'))).toBe(true);
    expect(targets.has(goalPath('availability'))).toBe(true);
    expect(targets.has(incidentPath(content.incidents[0]!.id))).toBe(true);
    for (const idea of LECTURE_IDEAS) expect(targets.has(ideaHref(idea))).toBe(true);
    for (const term of content.taxonomy.glossary) expect(targets.has(glossaryTermPath(term.id))).toBe(true);
  });

  it('hold exactly the pages the sitemap lists that a link may name (all but the paged lists)', () => {
    const pages = [...targets].filter((t) => !t.includes('#'));
    expect(pages.filter((p) => !sitemap.has(p))).toEqual([]);
    expect([...sitemap].filter((p) => !targets.has(p) && !/\/page\/\d+\/$/.test(p))).toEqual([]);
  });

  it('do not hold a page the site lacks', () => {
    expect(targets.has('/goal/')).toBe(false);
    expect(targets.has(goalPath('no-such-goal'))).toBe(false);
    expect(targets.has(`${learnPath('scaling')}#no-such-section`)).toBe(false);
  });
});
