'use client';
import { useId, useState } from 'react';
import { allFail, atLeastOneFails, smallestNExceeding } from '@/lib/reliability/probability';

const num = (s: string) => (s.trim() === '' ? NaN : Number(s.replace(',', '.')));
const prob = (x: number) =>
  x < 1e-4 ? x.toExponential(2).replace('e', ' × 10^') : `${Number((x * 100).toPrecision(4))}%`;

/** P(at least one of n fails) and P(all fail) for a per-part probability p, as the learner types. */
export function FailureCalculator() {
  const id = useId();
  const [p, setP] = useState('1');
  const [n, setN] = useState('10');
  const pp = num(p) / 100;
  const nn = Math.round(num(n));
  const ok = pp > 0 && pp < 1 && nn >= 1 && nn <= 1_000_000;
  return (
    <div className="calculator">
      <fieldset>
        <legend>Independent failures</legend>
        <label htmlFor={`${id}-p`}>Each part fails with probability (%)</label>{' '}
        <input id={`${id}-p`} inputMode="decimal" value={p} onChange={(e) => setP(e.target.value)} size={7} />{' '}
        <label htmlFor={`${id}-n`}>Number of parts n</label>{' '}
        <input id={`${id}-n`} inputMode="numeric" value={n} onChange={(e) => setN(e.target.value)} size={7} />
        <output htmlFor={`${id}-p ${id}-n`} aria-live="polite">
          {ok ? (
            <ul>
              <li>At least one fails: 1 − (1 − p)ⁿ = {prob(atLeastOneFails(pp, nn))}</li>
              <li>All fail: pⁿ = {prob(allFail(pp, nn))}</li>
              <li>Smallest n with P(at least one) &gt; 50%: {smallestNExceeding(pp)}</li>
            </ul>
          ) : (
            <p>Enter a probability between 0 and 100% and a whole number of parts.</p>
          )}
        </output>
      </fieldset>
    </div>
  );
}
