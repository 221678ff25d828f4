import { describe, expect, it } from 'vitest';
import { getCorpus } from '../corpus';
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
});
