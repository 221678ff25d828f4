import { describe, expect, it } from 'vitest';
import { compareCodeUnits } from './order';

describe('compareCodeUnits', () => {
  it('orders by code units, not by locale: capitals before small letters, accents after z', () => {
    expect(['é', 'b', 'a', 'Z', 'z'].sort(compareCodeUnits)).toEqual(['Z', 'a', 'b', 'z', 'é']);
    expect(compareCodeUnits('us-east-1', 'us-east-1')).toBe(0);
    expect(compareCodeUnits('thread', 'threads')).toBe(-1);
    expect(compareCodeUnits('threads', 'thread')).toBe(1);
  });
});
