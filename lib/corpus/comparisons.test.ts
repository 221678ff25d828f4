import { describe, expect, it } from 'vitest';
import { comparisonsByTarget, splitProse } from './comparisons';

const titles: Record<string, string> = { a: 'Incident A', b: 'Incident B' };
const titleOf = (id: string) => titles[id] ?? id;

describe('comparisons', () => {
  it('splits prose at each wiki-link into text and cited incidents, folding whitespace', () => {
    expect(splitProse('Both  failed: first\n [[a]], then [[b]].', titleOf)).toEqual([
      { text: 'Both failed: first ' },
      { incident: 'a', title: 'Incident A' },
      { text: ', then ' },
      { incident: 'b', title: 'Incident B' },
      { text: '.' },
    ]);
  });

  it('groups comparisons by the fault or technology page they are attached to', () => {
    const byTarget = comparisonsByTarget(
      [
        {
          id: 'x',
          file: 'x.yaml',
          name: 'X',
          attachTo: { kind: 'technology', id: 'bgp' },
          incidents: ['a', 'b'],
          common: '[[a]] [[b]]',
        },
        {
          id: 'y',
          file: 'y.yaml',
          name: 'Y',
          attachTo: { kind: 'fault', id: 'poison-input' },
          incidents: ['b', 'a'],
          common: '[[b]] [[a]]',
        },
      ],
      titleOf,
    );
    expect([...byTarget.keys()]).toEqual(['technology:bgp', 'fault:poison-input']);
    expect(byTarget.get('fault:poison-input')?.[0]?.incidents).toEqual([
      { id: 'b', title: 'Incident B' },
      { id: 'a', title: 'Incident A' },
    ]);
  });
});
