import { describe, expect, it } from 'vitest';
import { parseNumber, parsePercentComplement } from './parse';

const n = { name: 'n', min: 1, max: 1e12, integer: true };
const value = (r: ReturnType<typeof parseNumber>) => (r.ok ? r.value : r.message);

describe('reading numbers typed by a learner', () => {
  it('reads "1,000" as a thousand and "1,000,000" as a million', () => {
    expect(value(parseNumber('1,000', n))).toBe(1000);
    expect(value(parseNumber('1,000,000', n))).toBe(1e6);
    expect(value(parseNumber('1 000', n))).toBe(1000);
  });
  it('refuses an ambiguous "99,9" with a message instead of splitting it', () => {
    const r = parseNumber('99,9', { name: 'Availability', min: 0, max: 100 });
    expect(r.ok).toBe(false);
    expect(value(r)).toMatch(/ambiguous/);
    expect(value(r)).toMatch(/99\.9/);
  });
  it('refuses a non-integer count and says why, instead of rounding 100.5 to 101', () => {
    const r = parseNumber('100.5', n);
    expect(r.ok).toBe(false);
    expect(value(r)).toMatch(/whole number/);
    expect(value(r)).toMatch(/1,000,000,000,000/);
  });
  it('states the cap when a value is over it', () => {
    const r = parseNumber('1e13', n);
    expect(value(r)).toMatch(/out of range.*up to 1,000,000,000,000/);
  });
  it('reads scientific notation in every common spelling', () => {
    const p = { name: 'p', min: 0, max: 100, minExclusive: true };
    for (const s of ['1e-15', '1E-15', '10^-15', '10⁻¹⁵', '1 × 10^-15', '1×10⁻¹⁵', '0.000000000000001'])
      expect(value(parseNumber(s, p)), s).toBe(1e-15);
    expect(value(parseNumber('1e9', n))).toBe(1e9);
  });
  it('accepts a trailing percent sign and refuses words', () => {
    expect(value(parseNumber('99.9%', { name: 'A', min: 0, max: 100 }))).toBe(99.9);
    expect(parseNumber('abc', n).ok).toBe(false);
    expect(parseNumber('', n).ok).toBe(false);
  });
  it('accepts 1e2 as a whole number but not 1.5e0', () => {
    expect(value(parseNumber('1e2', n))).toBe(100);
    expect(parseNumber('1.5e0', n).ok).toBe(false);
  });
});

describe('the complement of a percentage, in exact decimal', () => {
  it('gives 10⁻¹² for twelve nines, where floating point keeps 4 digits', () => {
    expect(value(parsePercentComplement('99.9999999999'))).toBe(1e-12);
    expect(Math.abs(1 - 0.999999999999 - 1e-12) / 1e-12).toBeGreaterThan(1e-6); // the float way is wrong
  });
  it('gives 0 for 100% and 1 for 0%', () => {
    expect(value(parsePercentComplement('100'))).toBe(0);
    expect(value(parsePercentComplement('0'))).toBe(1);
  });
  it('refuses 101% and −1% with the limits', () => {
    expect(value(parsePercentComplement('101'))).toMatch(/from 0 up to 100 %/);
    expect(parsePercentComplement('-1').ok).toBe(false);
  });
  it('keeps 30 nines', () => expect(value(parsePercentComplement(`99.${'9'.repeat(28)}`))).toBe(1e-30));
});
