import { describe, expect, it } from 'vitest';
import { ninesAvailability } from './availability';
import { formatNines, formatPercentOf, formatPowerOfTen, formatProbability } from './format';
import { fromComplement, fromLog10, fromValue } from './proportion';

describe('percentages that are never rounded to 100%', () => {
  it('shows every number of nines from 8.3 to 11.9 below 100%, with the right digits', () => {
    for (let tenths = 83; tenths <= 119; tenths++) {
      const text = formatPercentOf(ninesAvailability(tenths / 10));
      expect(text, `${tenths / 10} nines`).not.toBe('100%');
      // Independent check: the printed gap to 100% is 10^(2 − nines) percentage points, to 4 digits.
      const gap = 100 - Number(text.replace('%', ''));
      expect(Math.abs(gap / 10 ** (2 - tenths / 10) - 1), text).toBeLessThan(2e-3);
    }
    expect(formatPercentOf(ninesAvailability(12))).toBe('99.9999999999%');
    expect(formatPercentOf(ninesAvailability(8.3))).toBe('99.9999994988%'); // 10^-8.3 = 5.012e-9
  });
  it('shows 100% only for exactly 100%, and 0% only for exactly 0', () => {
    expect(formatPercentOf(fromComplement(0))).toBe('100%');
    expect(formatPercentOf(fromValue(0))).toBe('0%');
  });
  it('keeps 4 significant digits of ordinary values', () => {
    expect(formatPercentOf(fromValue(0.0956179))).toBe('9.562%');
    expect(formatPercentOf(fromComplement(0.366032))).toBe('63.4%');
    expect(formatPercentOf(fromComplement(0.001))).toBe('99.9%');
  });
  it('says how far short of 100% a value is when the gap is below 10⁻¹³', () =>
    expect(formatPercentOf(fromComplement(1e-20))).toBe('100% − 1.00 × 10⁻¹⁸ %'));
  it('puts tiny values in scientific notation, still in percent', () =>
    expect(formatPercentOf(fromLog10(-20))).toBe('1.00 × 10⁻¹⁸ %'));
});

describe('scientific notation from a logarithm', () => {
  it('prints 10⁻²⁰ and 10⁻¹⁵⁰⁰⁰⁰⁰⁰ alike', () => {
    expect(formatPowerOfTen(-20)).toBe('1.00 × 10⁻²⁰');
    expect(formatPowerOfTen(-15_000_000)).toBe('1.00 × 10⁻¹⁵⁰⁰⁰⁰⁰⁰');
  });
  it('carries a mantissa that rounds up to 10', () =>
    expect(formatPowerOfTen(Math.log10(9.999e-5))).toBe('1.00 × 10⁻⁴'));
  it('labels a tiny probability with its odds', () =>
    expect(formatProbability(fromLog10(-20))).toBe('1.00 × 10⁻¹⁸ % (1 in 1.00 × 10²⁰)'));
});

describe('nines', () => {
  it('says nothing rather than "Infinity nines" at 100%', () => expect(formatNines(fromComplement(0))).toBeUndefined());
  it('counts 3.30 nines at 99.95%', () => expect(formatNines(fromComplement(0.0005))).toBe('3.30 nines'));
  it('counts 12.00 nines at 1 − 10⁻¹²', () => expect(formatNines(ninesAvailability(12))).toBe('12.00 nines'));
  it('counts 0.00 nines at 0%', () => expect(formatNines(fromComplement(1))).toBe('0.00 nines'));
});
