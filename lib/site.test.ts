import { describe, expect, it } from 'vitest';
import { editUrl, reportUrl, resolveRepoUrl, resolveSiteUrl } from './site';

describe('site origin and repository', () => {
  it('takes the origin from SITE_URL first, then package.json homepage, else none', () => {
    expect(resolveSiteUrl({ SITE_URL: 'https://a.test/' }, 'https://b.test')).toBe('https://a.test');
    expect(resolveSiteUrl({}, 'https://b.test/')).toBe('https://b.test');
    expect(resolveSiteUrl({}, undefined)).toBeNull();
  });
  it('reads package.json repository in both npm shapes', () => {
    expect(resolveRepoUrl({}, { url: 'git+https://github.com/o/r.git' })).toBe('https://github.com/o/r');
    expect(resolveRepoUrl({}, 'https://github.com/o/r')).toBe('https://github.com/o/r');
    expect(resolveRepoUrl({ REPO_URL: 'https://git.test/x/' }, 'https://github.com/o/r')).toBe('https://git.test/x');
    expect(resolveRepoUrl({}, undefined)).toBeNull();
  });
  it('leaves edit and report links out without a repository', () => {
    expect(editUrl('content/x.md', null)).toBeNull();
    expect(reportUrl('T', '/x/', null)).toBeNull();
    expect(editUrl('content/x.md', 'https://g.test/r')).toBe('https://g.test/r/edit/main/content/x.md');
    expect(reportUrl('T', '/x/', 'https://g.test/r', null)).toMatch(/^https:\/\/g\.test\/r\/issues\/new\?/);
  });
});
