import { describe, expect, it } from 'vitest';
import { getCorpus } from '../corpus';
import { viewpointParts } from './viewpoints';

const { tax } = getCorpus();
const software = tax.classOfType.get('logic-bug');
const network = tax.classOfType.get('link-cut');

describe('template 4: Avizienis values of a root fault', () => {
  it('answers with the tag’s boundary and persistence and, when the class allows one phase, that phase', () => {
    expect(software?.profile.phase).toEqual(['development']);
    const parts = viewpointParts(
      { type: 'logic-bug', role: 'root', boundary: 'internal', persistence: 'permanent', confidence: 'stated' },
      software,
    )!;
    expect(parts.answers.map((i) => parts.options[i])).toEqual([
      'Internal (system boundary)',
      'Permanent (persistence)',
      'Development (phase of creation)',
    ]);
    expect(new Set(parts.options).size).toBe(parts.options.length);
    expect(parts.explanation).toContain('introduced during development');
  });
  it('leaves the phase out when the class profile allows more than one', () => {
    expect(network!.profile.phase.length).toBe(1);
    const twoPhases = {
      ...network!,
      profile: { ...network!.profile, phase: ['development', 'operational'] as ('development' | 'operational')[] },
    };
    const parts = viewpointParts(
      { type: 'link-cut', role: 'root', boundary: 'external', persistence: 'transient', confidence: 'stated' },
      twoPhases,
    )!;
    expect(parts.options.some((o) => o.includes('phase'))).toBe(false);
    expect(parts.answers.map((i) => parts.options[i])).toEqual([
      'External (system boundary)',
      'Transient (persistence)',
    ]);
  });
  it('leaves the phase out when the class profile says it is unknown', () => {
    const unknownPhase = { ...software!, profile: { ...software!.profile, phase: ['unknown'] as 'unknown'[] } };
    const parts = viewpointParts(
      { type: 'logic-bug', role: 'root', boundary: 'internal', persistence: 'permanent', confidence: 'stated' },
      unknownPhase,
    )!;
    expect(parts.answers.every((i) => parts.options[i] !== undefined)).toBe(true);
    expect(parts.options.some((o) => o.includes('phase'))).toBe(false);
  });
  it('asks nothing when the tag lacks a boundary or a persistence', () => {
    expect(
      viewpointParts({ type: 'logic-bug', role: 'root', boundary: 'internal', confidence: 'stated' }, software),
    ).toBeUndefined();
    expect(
      viewpointParts({ type: 'logic-bug', role: 'root', persistence: 'permanent', confidence: 'stated' }, software),
    ).toBeUndefined();
  });
});
