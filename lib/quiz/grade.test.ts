import { describe, expect, it } from 'vitest';
import { grade } from './grade';
import type { Question } from './question';

const base = { id: 'bank:x', prompt: 'p', explanation: 'e', topics: [], learningGoals: [], links: [] };

describe('grading', () => {
  it('marks a single choice right only for the answer', () => {
    const q: Question = { ...base, kind: 'single', options: ['a', 'b'], answer: 1 };
    expect(grade(q, { kind: 'single', choice: 1 })).toMatchObject({ correct: true, score: 1 });
    expect(grade(q, { kind: 'single', choice: 0 })).toMatchObject({ correct: false, score: 0, expected: 'b' });
  });
  it('gives partial credit for multiple select by overlap over union', () => {
    const q: Question = { ...base, kind: 'multi', options: ['a', 'b', 'c', 'd'], answers: [0, 1] };
    expect(grade(q, { kind: 'multi', choices: [0, 1] }).score).toBe(1);
    expect(grade(q, { kind: 'multi', choices: [0] }).score).toBe(0.5);
    expect(grade(q, { kind: 'multi', choices: [0, 2] }).score).toBeCloseTo(1 / 3, 9);
    expect(grade(q, { kind: 'multi', choices: [2, 3] }).score).toBe(0);
  });
  it('scores an ordering by items in place', () => {
    const q: Question = { ...base, kind: 'order', items: ['Fault', 'Error', 'Failure'] };
    expect(grade(q, { kind: 'order', order: [0, 1, 2] }).correct).toBe(true);
    expect(grade(q, { kind: 'order', order: [0, 2, 1] }).score).toBeCloseTo(1 / 3, 9);
  });
  it('grades free recall item by item with fuzzy matching and no double counting', () => {
    const q: Question = {
      ...base,
      kind: 'recall',
      items: [
        { answer: 'Availability', accept: [] },
        { answer: 'Fault tolerance', accept: [] },
        { answer: 'Latency', accept: [] },
      ],
    };
    expect(grade(q, { kind: 'recall', text: 'availabilty, fault-tolerance\nlatency' }).score).toBe(1);
    const g = grade(q, { kind: 'recall', text: 'availability, availability, speed' });
    expect(g.score).toBeCloseTo(1 / 3, 9);
    expect(g.note).toContain('Missing: Fault tolerance; Latency.');
  });
  it('accepts a numeric answer within tolerance and in another time unit', () => {
    const q: Question = {
      ...base,
      kind: 'numeric',
      answer: 43.2,
      unit: 'min',
      tolerance: { relative: 0.005, absolute: 0 },
    };
    expect(grade(q, { kind: 'numeric', text: '43.3' }).correct).toBe(true);
    expect(grade(q, { kind: 'numeric', text: '0.72 h' }).correct).toBe(true);
    expect(grade(q, { kind: 'numeric', text: '45' }).correct).toBe(false);
    expect(grade(q, { kind: 'numeric', text: 'ten' }).note).toContain('could not be read');
  });
  it('reads scientific notation for tiny probabilities', () => {
    const q: Question = {
      ...base,
      kind: 'numeric',
      answer: 1e-6,
      unit: '',
      tolerance: { relative: 0.01, absolute: 0 },
    };
    expect(grade(q, { kind: 'numeric', text: '1e-6' }).correct).toBe(true);
    expect(grade(q, { kind: 'numeric', text: '1 × 10^-6' }).correct).toBe(true);
    expect(grade(q, { kind: 'numeric', text: '1e-5' }).correct).toBe(false);
  });
});
