import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from './csp';

const directives = (policy: string) =>
  new Map(policy.split('; ').map((d) => [d.split(' ')[0]!, d.split(' ').slice(1)]));

describe('contentSecurityPolicy', () => {
  it('allows no plugins, no foreign base URL, no frames and only same-origin fetches', () => {
    const d = directives(contentSecurityPolicy());
    expect(d.get('object-src')).toEqual(["'none'"]);
    expect(d.get('base-uri')).toEqual(["'self'"]);
    expect(d.get('connect-src')).toEqual(["'self'"]);
    expect(d.get('frame-src')).toEqual(["'none'"]);
  });

  it('never allows eval in the built site, and allows it only for the dev server', () => {
    expect(contentSecurityPolicy()).not.toContain("'unsafe-eval'");
    expect(directives(contentSecurityPolicy('development')).get('script-src')).toEqual([
      "'self'",
      "'unsafe-inline'",
      "'unsafe-eval'",
    ]);
  });

  it('loads scripts only from the site itself (plus the inline ones Next and the theme need)', () => {
    expect(directives(contentSecurityPolicy()).get('script-src')).toEqual(["'self'", "'unsafe-inline'"]);
  });
});
