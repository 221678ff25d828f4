import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { IncidentFrontMatter } from './incident-schema';
import { checkSources, hostMatches, machineWrittenCollection, neverCiteEntry, neverCiteFileSchema, type SourcePolicy } from './source-rules';

const policy: SourcePolicy = neverCiteFileSchema.parse(parse(fs.readFileSync('content/never-cite.yaml', 'utf8')));

/** A front matter holding only what the source rules read. */
function fm(parts: Partial<Pick<IncidentFrontMatter, 'sources' | 'timeline' | 'actionItems'>>): IncidentFrontMatter {
  return { sources: [], timeline: [], actionItems: [], ...parts } as unknown as IncidentFrontMatter;
}
const src = (ref: string, extra: Record<string, unknown>) => ({ ref, title: 't', publisher: 'p', kind: 'secondary' as const, ...extra });

describe('the never-cite list', () => {
  it('names the copy, spun, AI-summary and digest hosts found in the existing pages', () => {
    for (const host of ['alltechskills.net', 'fox21.news', 'brainfeed.ai', 'plushcap.com']) {
      expect(policy.hosts.find((h) => h.host === host)?.reason, host).toBeTruthy();
    }
  });

  it('lists each host once', () => {
    const hosts = policy.hosts.map((h) => h.host);
    expect(hosts.length).toBe(new Set(hosts).size);
  });

  it('matches a host and its subdomains, but not a look-alike', () => {
    expect(hostMatches('www.plushcap.com', 'plushcap.com')).toBe(true);
    expect(hostMatches('greattore.blogg.se', 'blogg.se')).toBe(true);
    expect(hostMatches('notplushcap.com', 'plushcap.com')).toBe(false);
    expect(neverCiteEntry('https://WWW.Plushcap.com/x', policy)?.host).toBe('plushcap.com');
    expect(neverCiteEntry('https://blog.cloudflare.com/x', policy)).toBeUndefined();
  });

  it('recognises the machine-written collections by host and path', () => {
    expect(machineWrittenCollection('https://github.com/icco/postmortems/blob/main/data/a.md', policy)).toBeDefined();
    expect(machineWrittenCollection('https://postmortems.app/p/abc', policy)).toBeDefined();
    expect(machineWrittenCollection('https://github.com/icco/postmortems-other', policy)).toBeUndefined();
    expect(machineWrittenCollection('https://github.com/danluu/post-mortems', policy)).toBeUndefined();
  });
});

describe('checkSources', () => {
  it('refuses an archive URL on a never-cite host as well as a source URL', () => {
    const out = checkSources(fm({ sources: [src('a', { url: 'https://example.org/a', archived: 'https://x.pages.dev/copy' })] }), policy);
    expect(out.map((o) => o.path)).toEqual([['sources', 0, 'archived']]);
  });

  it('accepts a labelled machine-written source behind a likely fact, and refuses an unmarked action item on it', () => {
    const sources = [src('icco', { url: 'https://postmortems.app/x', machineWritten: true })];
    const ok = checkSources(fm({ sources, timeline: [{ at: { at: '2020' }, phase: 'other', text: 'x', confidence: 'likely', sources: ['icco'] }] as never }), policy);
    expect(ok).toEqual([]);
    const bad = checkSources(fm({ sources, actionItems: [{ text: 'x', means: 'removal', sources: ['icco'] }] as never }), policy);
    expect(bad.map((o) => o.path)).toEqual([['actionItems', 0, 'confidence']]);
  });

  it('lets a machine-written source stand beside a report that carries the fact', () => {
    const sources = [src('report', { url: 'https://example.org/r', kind: 'primary' }), src('icco', { url: 'https://postmortems.app/x', machineWritten: true })];
    const out = checkSources(fm({ sources, timeline: [{ at: { at: '2020' }, phase: 'other', text: 'x', sources: ['report', 'icco'] }] as never }), policy);
    expect(out).toEqual([]);
  });

  it('accepts a source without a URL when it says why, and refuses a reason beside a URL', () => {
    expect(checkSources(fm({ sources: [src('a', { noLinkReason: 'URL not seen.' })] }), policy)).toEqual([]);
    const out = checkSources(fm({ sources: [src('a', { url: 'https://example.org/', noLinkReason: 'x' })] }), policy);
    expect(out.map((o) => o.path)).toEqual([['sources', 0, 'noLinkReason']]);
  });
});
