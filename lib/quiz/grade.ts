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

/** Whether a response gives no answer at all (nothing chosen, nothing typed); an ordering always answers. */
export function isBlank(r: Response): boolean {
  switch (r.kind) {
    case 'single':
      return r.choice === null;
    case 'multi':
      return r.choices.length === 0;
    case 'order':
      return false;
    default:
      return r.text.trim() === '';
  }
}

/** A graded answer: a score in [0, 1], whether it counts as right, and the correct answer in words. */
export interface Grade {
  score: number;
  correct: boolean;
  expected: string;
  note?: string;
}

const SUPER: Record<string, string> = {
  '-': '⁻',
  '+': '',
  0: '⁰',
  1: '¹',
  2: '²',
  3: '³',
  4: '⁴',
  5: '⁵',
  6: '⁶',
  7: '⁷',
  8: '⁸',
  9: '⁹',
};

/** A numeric answer shown to a sensible precision; tiny or huge ones as "1.5 × 10⁻⁶". */
function formatAnswer(v: number): string {
  if (v !== 0 && (Math.abs(v) < 1e-3 || Math.abs(v) >= 1e7)) {
    const [mantissa, exp] = v.toExponential(2).split('e') as [string, string];
    return `${Number(mantissa)} × 10${[...exp].map((c) => SUPER[c]).join('')}`;
  }
  // Never round up onto 1 or 100 (a 99.999 999% availability is not 100%): add digits instead.
  let digits = 6;
  while (
    digits < 15 &&
    Number(v.toPrecision(digits)) !== v &&
    [1, 100].includes(Math.abs(Number(v.toPrecision(digits))))
  )
    digits++;
  return String(Number(v.toPrecision(digits)));
}

/** A numeric answer with the unit it was asked in: "43.2 min", "99.99%", "1 × 10⁻¹⁰ (1 × 10⁻⁸ %)". */
export function formatWithUnit(v: number, unit: string): string {
  if (unit === '') return formatAnswer(v);
  if (unit === '%') return `${formatAnswer(v)}%`;
  if (unit === 'probability') return `${formatAnswer(v)} (= ${formatAnswer(v * 100)}%)`;
  return `${formatAnswer(v)} ${unit}`;
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
      const names = q.items.flatMap((it) => [it.answer, ...it.accept]);
      const typed = r.kind === 'recall' ? splitRecall(r.text, names) : [];
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
      const expected = formatWithUnit(q.answer, q.unit);
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
        note: ok ? undefined : `You gave ${formatWithUnit(value, q.unit)}.`,
      };
    }
  }
}
