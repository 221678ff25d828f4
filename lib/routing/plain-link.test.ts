import { describe, expect, it } from 'vitest';
import { anchorHref } from './plain-link';

describe('anchorHref', () => {
  it('puts the base path in front of site paths only', () => {
    expect(anchorHref('/incidents/x/', '/faultline')).toBe('/faultline/incidents/x/');
    expect(anchorHref('/', '')).toBe('/');
    expect(anchorHref('#sources', '/faultline')).toBe('#sources');
    expect(anchorHref('https://example.com/a', '/faultline')).toBe('https://example.com/a');
    expect(anchorHref('//cdn.example.com/a', '/faultline')).toBe('//cdn.example.com/a');
    expect(anchorHref('?q=dns', '/faultline')).toBe('?q=dns');
  });
});
