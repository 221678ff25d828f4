import { describe, expect, it } from 'vitest';
import { getCorpus } from '../corpus';
import { pinnedViewpoints, profileConflicts, viewpointParts } from './viewpoints';

const { tax } = getCorpus();
const software = tax.classOfType.get('logic-bug')!;
const change = tax.classOfType.get('operator-action')!;
const physical = tax.classOfType.get('site-environmental-event')!;
const tag = (type: string, more: object = {}) => ({
  type,
  role: 'root' as const,
  confidence: 'stated' as const,
  ...more,
});

describe('template 4: Avizienis values of a root fault, from its class profile', () => {
  it('asks the viewpoints a profile pins to one value, answered with that value', () => {
    expect(software.profile.phase).toEqual(['development']);
    const parts = viewpointParts(tag('logic-bug', { boundary: 'external', persistence: 'permanent' }), software)!;
    expect(parts.answers.map((i) => parts.options[i])).toEqual([
      'Development (phase of creation)',
      'Software (dimension)',
    ]);
    // Software faults may be internal or external: the boundary is not asked, whatever the tag says.
    expect(parts.options.some((o) => o.includes('system boundary'))).toBe(false);
    expect(new Set(parts.options).size).toBe(parts.options.length);
  });
  it('asks a change fault its boundary and persistence (internal, permanent until rolled back)', () => {
    const parts = viewpointParts(tag('operator-action', { boundary: 'internal', persistence: 'permanent' }), change)!;
    expect(parts.answers.map((i) => parts.options[i])).toEqual([
      'Internal (system boundary)',
      'Permanent (persistence)',
    ]);
    expect(parts.explanation).toContain('rolled back');
  });
  it('makes no card when the tag contradicts its profile, and names the conflict', () => {
    const transient = tag('operator-action', { boundary: 'internal', persistence: 'transient' });
    expect(viewpointParts(transient, change)).toBeUndefined();
    expect(profileConflicts(transient, change)).toEqual(['persistence: transient, class profile permanent']);
  });
  it('pins nothing that says "unknown", "varies" or two values', () => {
    const unknown = { ...software, profile: { ...software.profile, phase: ['unknown'] as 'unknown'[] } };
    expect(pinnedViewpoints(unknown).map(([v]) => v)).toEqual(['dimension']);
    expect(viewpointParts(tag('logic-bug'), unknown)).toBeUndefined();
    expect(pinnedViewpoints(physical).map(([v]) => v)).toEqual(['phase', 'dimension']);
  });
});
