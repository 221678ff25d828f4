import { describe, expect, it } from 'vitest';
import { getContent } from '../content';
import { comparisonQuestions } from './from-comparisons';

describe('mechanism cards from comparisons', () => {
  const { comparisons, incidents } = getContent();
  const title = new Map(incidents.map((i) => [i.id, i.title]));
  const cards = comparisonQuestions(comparisons, (id) => title.get(id) ?? id, 'recognise-mechanisms');
  const byName = new Map(comparisons.map((c) => [c.name, c]));

  it('asks about every comparison in the content at least once', () => {
    const asked = new Set(cards.map((q) => q.id.split(':')[1]));
    expect(comparisons.map((c) => c.id).filter((id) => !asked.has(id))).toEqual([]);
  });

  it('keys the mechanism that lists both incidents, and offers no distractor that also lists both', () => {
    const offenders = cards.flatMap((q) => {
      if (q.kind !== 'single') return [q.id];
      const [, , a, b] = q.id.split(':');
      const right = byName.get(q.options[q.answer] ?? '');
      const keyOk = right?.incidents.includes(a!) && right.incidents.includes(b!);
      const alsoRight = q.options.filter((o, i) => {
        const c = byName.get(o);
        return i !== q.answer && c?.incidents.includes(a!) && c.incidents.includes(b!);
      });
      return keyOk && alsoRight.length === 0 && q.options.length >= 3 ? [] : [q.id];
    });
    expect(offenders).toEqual([]);
  });

  it('names both incidents by title, never by id, in the context shown', () => {
    const offenders = cards.filter((q) => {
      const [, , a, b] = q.id.split(':');
      return !q.context?.includes(title.get(a!)!) || !q.context.includes(title.get(b!)!) || /\[\[/.test(q.explanation);
    });
    expect(offenders.map((q) => q.id)).toEqual([]);
  });
});
