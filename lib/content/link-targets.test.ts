import { describe, expect, it } from 'vitest';
import { getContent } from '.';
import { LECTURE_IDEAS, ideaHref } from '../reliability/lecture-map';
import { glossaryTermPath, goalPath, incidentPath, learnPath } from '../routes';
import { linkTargets } from './link-targets';

describe('link targets', () => {
  const content = getContent();
  const targets = linkTargets(content.taxonomy, content.incidents.map((i) => i.id));

  it('hold every page kind and every known section, from the routes module', () => {
    expect(targets.has('/')).toBe(true);
    expect(targets.has(learnPath('scaling'))).toBe(true);
    expect(targets.has(goalPath('availability'))).toBe(true);
    expect(targets.has(incidentPath(content.incidents[0]!.id))).toBe(true);
    for (const idea of LECTURE_IDEAS) expect(targets.has(ideaHref(idea))).toBe(true);
    for (const term of content.taxonomy.glossary) expect(targets.has(glossaryTermPath(term.id))).toBe(true);
  });

  it('do not hold a page the site lacks', () => {
    expect(targets.has('/goal/')).toBe(false);
    expect(targets.has(goalPath('no-such-goal'))).toBe(false);
    expect(targets.has(`${learnPath('scaling')}#no-such-section`)).toBe(false);
  });
});
