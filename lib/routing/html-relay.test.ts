import { describe, expect, it } from 'vitest';
import { getHtml, putHtml } from './html-relay';

describe('html relay', () => {
  it('returns what was put under a key, the newest value for a key put twice', () => {
    putHtml('a', '<p>one</p>');
    putHtml('b', '<p>two</p>');
    putHtml('a', '<p>three</p>');
    expect(getHtml('a')).toBe('<p>three</p>');
    expect(getHtml('b')).toBe('<p>two</p>');
  });

  it('keeps the newest 256 blocks and throws for a key it does not hold', () => {
    for (let i = 0; i < 300; i++) putHtml(`k${i}`, String(i));
    expect(getHtml('k299')).toBe('299');
    expect(getHtml('k44')).toBe('44');
    expect(() => getHtml('k43')).toThrow(/No server HTML relayed under "k43"/);
    expect(() => getHtml('never')).toThrow(/never/);
  });
});
