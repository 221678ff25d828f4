import { fuzzyMatches, matchRecall, splitRecall } from './fuzzy';
import type { Question } from './question';
import { parseNumeric } from './units';

/** What a learner gave, by question kind. Order responses list item indexes in the learner's order. */
export type Response =
  | { kind: 'single'; choice: number | null }
  | { kind: 'multi'; choices: number[] }
  | { kind: 'order'; order: number[] }
  | { kind: 'recall'; text: string }
  | { kind: 'numeric'; text: string };

/** A graded answer: a score in [0, 1], whether it counts as right, and the correct answer in words. */
export interface Grade {
  score: number;
  correct: boolean;
  expected: string;
  note?: string;
}

const unitLabel = (u: string) => (u === '' ? '' : u === '%' ? '%' : ` ${u}`);
/** A numeric answer shown to a sensible precision. */
export function formatAnswer(v: number): string {
  if (v !== 0 && (Math.abs(v) < 1e-3 || Math.abs(v) >= 1e7)) return v.toExponential(2).replace('e', ' × 10^');
  return String(Number(v.toPrecision(6)));
}

/** Grades a response; multiple select earns partial credit (Jaccard), recall and order per item. */
export function grade(q: Question, r: Response): Grade {
  switch (q.kind) {
    case 'single': {
      const ok = r.kind === 'single' && r.choice === q.answer;
      return { score: ok ? 1 : 0, correct: ok, expected: q.options[q.answer]! };
    }
    case 'multi': {
      const chosen = new Set(r.kind === 'multi' ? r.choices : []);
      const right = new Set(q.answers);
      const inter = [...chosen].filter((c) => right.has(c)).length;
      const union = new Set([...chosen, ...right]).size;
      const score = union === 0 ? 0 : inter / union;
      return {
        score,
        correct: score === 1,
        expected: q.answers.map((i) => q.options[i]!).join('; '),
        note:
          score > 0 && score < 1
            ? `Partly right: ${inter} of ${right.size} correct choices, ${chosen.size - inter} wrong.`
            : undefined,
      };
    }
    case 'order': {
      const order = r.kind === 'order' ? r.order : [];
      const inPlace = q.items.filter((_, i) => order[i] === i).length;
      const score = inPlace / q.items.length;
      return {
        score,
        correct: score === 1,
        expected: q.items.join(' → '),
        note: score < 1 ? `${inPlace} of ${q.items.length} in the right place.` : undefined,
      };
    }
    case 'recall': {
      const typed = r.kind === 'recall' ? splitRecall(r.text) : [];
      const matched = matchRecall(typed, q.items);
      const hits = matched.filter(Boolean).length;
      const score = hits / q.items.length;
      const missing = q.items.filter((_, i) => !matched[i]).map((it) => it.answer);
      const extra = typed.filter((t) => !matched.includes(t) && !q.items.some((it) => fuzzyMatches(t, it.answer)));
      const note = [
        `${hits} of ${q.items.length} recalled.`,
        missing.length ? `Missing: ${missing.join('; ')}.` : '',
        extra.length ? `Not recognised: ${extra.join('; ')}.` : '',
      ]
        .filter(Boolean)
        .join(' ');
      return { score, correct: score === 1, expected: q.items.map((it) => it.answer).join('; '), note };
    }
    case 'numeric': {
      const value = r.kind === 'numeric' ? parseNumeric(r.text, q.unit) : null;
      const expected = `${formatAnswer(q.answer)}${unitLabel(q.unit)}`;
      if (value === null)
        return {
          score: 0,
          correct: false,
          expected,
          note: 'That answer could not be read as a number in the asked unit.',
        };
      const allowed = Math.max(q.tolerance.absolute, Math.abs(q.answer) * q.tolerance.relative);
      const ok = Math.abs(value - q.answer) <= allowed + 1e-12;
      return {
        score: ok ? 1 : 0,
        correct: ok,
        expected,
        note: ok ? undefined : `You gave ${formatAnswer(value)}${unitLabel(q.unit)}.`,
      };
    }
  }
}
