import { describe, expect, it } from 'vitest';
import { getPiece, putPiece } from './markup-relay';

describe('markup relay', () => {
  it('returns what was put under a key, the newest value for a key put twice', () => {
    putPiece('a', '<p>one</p>');
    putPiece('b', '<p>two</p>');
    putPiece('a', '<p>three</p>');
    expect(getPiece('a')).toBe('<p>three</p>');
    expect(getPiece('b')).toBe('<p>two</p>');
  });

  it('keeps the newest 256 blocks and throws for a key it does not hold', () => {
    for (let i = 0; i < 300; i++) putPiece(`k${i}`, String(i));
    expect(getPiece('k299')).toBe('299');
    expect(getPiece('k44')).toBe('44');
    expect(() => getPiece('k43')).toThrow(/Nothing relayed under "k43"/);
    expect(() => getPiece('never')).toThrow(/never/);
  });
});
