import { allowedDowntime, availabilityFromDowntime, formatPercent, nines } from '../reliability/availability';
import { availabilityFromMttf, parallel, requiredMttr, series } from '../reliability/composition';
import { CONVENTION, DAY, MONTH, TIME_UNITS, WEEK, YEAR, sig, type TimeUnit } from '../reliability/periods';
import { allFail, atLeastOneFails, smallestNExceeding } from '../reliability/probability';
import { formatWithUnit } from './grade';
import type { Question } from './question';
import { makeRng, pick } from '../random/seeded';
import { challengePath, goalPath, learnPath } from '../routes';

/** The maths templates, by card name (card id maths:<name>). Answers are always computed here. */
export const MATHS_TEMPLATES = [
  'nines-downtime',
  'downtime-nines',
  'composition',
  'mttf-mttr',
  'at-least-one',
  'all-fail',
  'smallest-n',
] as const;
export type MathsTemplate = (typeof MATHS_TEMPLATES)[number];

const AVAIL_LINKS = [
  { href: learnPath('availability'), label: 'Availability and the nines' },
  { href: goalPath('availability'), label: 'Goal: availability' },
];
const PROB_LINKS = [
  { href: learnPath('failure-probability'), label: 'Failure probability and correlated failures' },
  { href: challengePath('more-links-more-failures'), label: 'Challenge: more links, more failures' },
];
const availBase = {
  learningGoals: ['availability-maths'],
  topics: ['maths', 'learn:availability-maths', 'goal:availability'],
  links: AVAIL_LINKS,
};
const probBase = {
  learningGoals: ['failure-probability'],
  topics: ['maths', 'learn:failure-probability', 'goal:fault-tolerance', 'challenge:more-links-more-failures'],
  links: PROB_LINKS,
};
const pct = (p: number) => formatPercent(p);

/**
 * Decimal places for a percentage below 100% so that it is not shown as 100%: at least `min`,
 * more while rounding would reach 100 (99.9965% needs 3, not "100.0%").
 */
function decimalsBelow100(fraction: number, min: number): number {
  let d = min;
  while (fraction < 1 && d < 12 && Number((fraction * 100).toFixed(d)) >= 100) d++;
  return d;
}

/** The unit that keeps a duration at or above 1, for asking a question in. */
function unitFor(seconds: number): TimeUnit {
  if (seconds >= DAY * 2) return 'd';
  if (seconds >= 3600 * 2) return 'h';
  if (seconds >= 60 * 2) return 'min';
  return 's';
}
const UNIT_WORD: Record<TimeUnit, string> = { s: 'seconds', min: 'minutes', h: 'hours', d: 'days' };

/** One maths question from a template and a seed: the same seed always gives the same numbers. */
export function mathsQuestion(template: MathsTemplate, seed: string): Question {
  const rng = makeRng(`${template}:${seed}`);
  const id = `maths:${template}`;
  switch (template) {
    case 'nines-downtime': {
      const a = pick([0.99, 0.995, 0.999, 0.9995, 0.9999, 0.99999], rng);
      const [window, name] = pick(
        [
          [YEAR, 'a year'],
          [MONTH, 'a month'],
          [WEEK, 'a week'],
        ] as const,
        rng,
      );
      const seconds = allowedDowntime(a, window);
      const unit = unitFor(seconds);
      return {
        ...availBase,
        id,
        template: 11,
        kind: 'numeric',
        prompt: `A service promises ${pct(a)} availability. How much downtime is allowed in ${name}? Answer in ${UNIT_WORD[unit]}.`,
        context: CONVENTION,
        answer: seconds / TIME_UNITS[unit],
        unit,
        tolerance: { relative: 0.005, absolute: 0 },
        explanation: `Downtime = (1 − A) × window = ${sig(1 - a, 3)} × ${sig(window / DAY, 6)} days = ${sig(seconds / TIME_UNITS[unit], 4)} ${UNIT_WORD[unit]}.`,
      };
    }
    case 'downtime-nines': {
      const minutes = pick([5, 26.3, 52.6, 100, 263, 526, 1000, 4383], rng);
      const a = availabilityFromDowntime(minutes * 60, YEAR);
      return {
        ...availBase,
        id,
        template: 12,
        kind: 'numeric',
        prompt: `A service was down ${minutes} minutes in a year. How many nines of availability is that (to 2 decimal places)?`,
        context: CONVENTION,
        answer: Number(nines(a).toFixed(2)),
        unit: 'nines',
        tolerance: { relative: 0, absolute: 0.011 },
        explanation: `A = 1 − ${minutes} min ÷ ${YEAR / 60} min = ${pct(Number(a.toFixed(8)))}; nines = −log₁₀(1 − A) = ${nines(a).toFixed(2)}.`,
      };
    }
    case 'composition': {
      const lb = pick([0.9999, 0.9995, 0.999], rng);
      const app = pick([0.99, 0.995, 0.999], rng);
      const db = pick([0.9999, 0.9995, 0.999], rng);
      const total = series([lb, parallel([app, app]), db]);
      return {
        ...availBase,
        id,
        template: 13,
        kind: 'numeric',
        prompt: `Requests pass through a load balancer (${pct(lb)}), then one of two redundant app servers (${pct(app)} each; either one suffices), then a database (${pct(db)}). Failures are independent. What is the overall availability, in percent to 4 decimal places?`,
        answer: Number((total * 100).toFixed(4)),
        unit: '%',
        tolerance: { relative: 0, absolute: 0.00011 },
        explanation: `Parallel app tier: 1 − (1 − ${app})² = ${sig(parallel([app, app]), 8)}. In series: ${lb} × ${sig(parallel([app, app]), 8)} × ${db} = ${sig(total, 8)}, i.e. ${(total * 100).toFixed(4)}%. The single servers in series, not the redundant tier, dominate the downtime.`,
      };
    }
    case 'mttf-mttr': {
      const mttf = pick([500, 720, 1000, 2000], rng);
      if (rng() < 0.5) {
        const mttr = pick([1, 2, 4, 8], rng);
        const a = availabilityFromMttf(mttf, mttr);
        return {
          ...availBase,
          id,
          template: 14,
          kind: 'numeric',
          prompt: `A component fails on average every ${mttf} hours (MTTF) and takes ${mttr} hours to repair (MTTR). What is its steady-state availability, in percent to 3 decimal places?`,
          answer: Number((a * 100).toFixed(3)),
          unit: '%',
          tolerance: { relative: 0, absolute: 0.0011 },
          explanation: `A = MTTF / (MTTF + MTTR) = ${mttf} / ${mttf + mttr} = ${(a * 100).toFixed(4)}%.`,
        };
      }
      const target = pick([0.999, 0.9995, 0.9999], rng);
      const minutes = requiredMttr(mttf, target) * 60;
      return {
        ...availBase,
        id,
        template: 14,
        kind: 'numeric',
        prompt: `A component fails on average every ${mttf} hours. What mean time to repair, in minutes, gives ${pct(target)} availability?`,
        answer: minutes,
        unit: 'min',
        tolerance: { relative: 0.005, absolute: 0 },
        explanation: `MTTR = MTTF × (1 − A) / A = ${mttf} h × ${sig(1 - target, 3)} / ${target} = ${sig(minutes, 4)} minutes.`,
      };
    }
    case 'at-least-one': {
      const p = pick([0.001, 0.005, 0.01, 0.02, 0.05], rng);
      const n = pick([10, 20, 50, 100, 200], rng);
      const v = atLeastOneFails(p, n);
      const d = decimalsBelow100(v, 1);
      return {
        ...probBase,
        id,
        template: 15,
        kind: 'numeric',
        prompt: `Each of ${n} servers fails on a given day with probability ${pct(p)}, independently. What is the probability that at least one fails that day, in percent to ${d} decimal place${d === 1 ? '' : 's'}?`,
        answer: Number((v * 100).toFixed(d)),
        unit: '%',
        tolerance: { relative: 0, absolute: 1.1 * 10 ** -d },
        explanation: `P(at least one) = 1 − (1 − p)ⁿ = 1 − ${sig(1 - p, 6)}^${n} = ${(v * 100).toFixed(decimalsBelow100(v, 2))}%. Real failures are correlated (shared racks, power, software), so treat this as a floor on trouble, not a promise.`,
      };
    }
    case 'all-fail': {
      const p = pick([0.01, 0.05, 0.1], rng);
      const n = pick([2, 3, 4, 5], rng);
      const v = allFail(p, n);
      return {
        ...probBase,
        id,
        template: 15,
        kind: 'numeric',
        prompt: `Data is stored on ${n} replicas, each lost in a year with probability ${pct(p)}, independently. What is the probability that ${n === 2 ? 'both are' : `all ${n} are`} lost in a year? Give a probability (such as 1e-6, 10^-6 or 10⁻⁶) or a percentage (such as 0.0001%).`,
        answer: v,
        unit: 'probability',
        tolerance: { relative: 0.01, absolute: 0 },
        explanation: `P(all fail) = pⁿ = ${p}^${n} = ${formatWithUnit(v, 'probability')}. Independence is the weak point: a poison input or a shared power feed takes out every replica at once, and then pⁿ is wildly optimistic.`,
      };
    }
    case 'smallest-n': {
      const p = pick([0.005, 0.01, 0.02, 0.05, 0.1], rng);
      const n = smallestNExceeding(p);
      return {
        ...probBase,
        id,
        template: 15,
        kind: 'numeric',
        prompt: `Each machine fails in a window with probability ${pct(p)}, independently. What is the smallest number of machines for which P(at least one fails) exceeds 50%?`,
        answer: n,
        unit: '',
        tolerance: { relative: 0, absolute: 0 },
        explanation: `n = ⌈ln 0.5 / ln(1 − p)⌉ = ${n}: 1 − ${1 - p}^${n} = ${(atLeastOneFails(p, n) * 100).toFixed(2)}%, while ${n - 1} machines give ${(atLeastOneFails(p, n - 1) * 100).toFixed(2)}%.`,
      };
    }
  }
}

/** The topics of each maths card, from one sample instance (topics do not depend on the seed). */
export const MATHS_TOPICS: Record<string, string[]> = Object.fromEntries(
  MATHS_TEMPLATES.map((t) => [`maths:${t}`, mathsQuestion(t, 'topics').topics]),
);
