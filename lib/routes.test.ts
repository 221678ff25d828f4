import { describe, expect, it } from 'vitest';
import {
  classFeedPath,
  comparePath,
  errorRulePath,
  glossaryTermPath,
  learnPath,
  pageOf,
  quizPath,
  searchPath,
  sectionOf,
  technologyPath,
} from './routes';

describe('routes', () => {
  it('puts every record kind under its section, with the trailing slash the static export needs', () => {
    expect(pageOf('incident', 'a-b')).toBe('/incidents/a-b/');
    expect(pageOf('fault-class', 'x')).toBe(pageOf('fault-type', 'x'));
    expect(pageOf('fault-type', 'x')).toBe('/faults/x/');
    expect(pageOf('org', 'aws')).toBe('/orgs/aws/');
    expect(technologyPath('kafka')).toBe('/technologies/kafka/');
    expect(sectionOf('technology')).toBe('/technologies/');
  });
  it('writes query strings only when there is something to say', () => {
    expect(searchPath()).toBe('/search/');
    expect(searchPath({ fault: 'f', goal: ['a', 'b'], q: undefined })).toBe('/search/?fault=f&goal=a&goal=b');
    expect(searchPath({ q: 'a&b' })).toBe('/search/?q=a%26b');
    expect(comparePath()).toBe('/compare/');
    expect(comparePath('x')).toBe('/compare/?a=x');
    expect(quizPath('learn:availability-maths')).toBe('/quiz/?topic=learn:availability-maths');
    expect(quizPath()).toBe('/quiz/');
  });
  it('names learning pages, anchors and files', () => {
    expect(learnPath('glossary')).toBe('/learn/glossary/');
    expect(glossaryTermPath('mttr')).toBe('/learn/glossary/m-z/#term-mttr');
    expect(errorRulePath('front-matter/missing')).toBe('/about/errors/#front-matter%2Fmissing');
    expect(classFeedPath('change-fault')).toBe('/feeds/change-fault.xml');
  });
});
