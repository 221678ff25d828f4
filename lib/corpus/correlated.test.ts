import { describe, expect, it } from 'vitest';
import { getContent } from '../content';
import { correlatedIncidents } from './correlated';

describe('correlated incidents over the real content', () => {
  const list = correlatedIncidents(getContent().incidents);
  it('lists only incidents where fault tolerance failed', () => {
    expect(
      list.filter(({ incident }) => !incident.goals.some((g) => g.id === 'fault-tolerance')).map((x) => x.incident.id),
    ).toEqual([]);
  });
  it('puts poison inputs and cut links, which hit every replica, first', () => {
    const types = list
      .slice(0, 2)
      .map(({ incident }) => incident.faults.filter((f) => f.role !== 'contributing').map((f) => f.type));
    expect(types.every((t) => t.includes('poison-input') || t.includes('link-cut'))).toBe(true);
  });
});
