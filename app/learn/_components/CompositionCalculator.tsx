'use client';
import { useId, useState } from 'react';
import { formatPercent, nines } from '@/lib/reliability/availability';
import { availabilityFromMttf, kOfN, parallel, requiredMttr, series } from '@/lib/reliability/composition';

const num = (s: string) => (s.trim() === '' ? NaN : Number(s.replace(',', '.')));
const show = (a: number) =>
  Number.isFinite(a) && a >= 0 && a <= 1
    ? `${formatPercent(Number(a.toFixed(10)))} (${nines(a).toFixed(2)} nines)`
    : '—';

/** Series, parallel, k-of-n and MTTF/MTTR, computed as the learner types. */
export function CompositionCalculator() {
  const id = useId();
  const [parts, setParts] = useState('99.9, 99.9, 99.9');
  const [k, setK] = useState('2');
  const [n, setN] = useState('3');
  const [r, setR] = useState('99');
  const [mttf, setMttf] = useState('720');
  const [mttr, setMttr] = useState('4');
  const [target, setTarget] = useState('99.99');

  const list = parts
    .split(/[,;\s]+/)
    .filter(Boolean)
    .map((p) => num(p) / 100);
  const listOk = list.length > 0 && list.every((a) => a >= 0 && a <= 1);
  const kk = Math.round(num(k));
  const nn = Math.round(num(n));
  const quorumOk = kk >= 1 && nn >= kk && nn <= 50 && num(r) >= 0 && num(r) <= 100;
  const mttrNeeded = requiredMttr(num(mttf), num(target) / 100);

  return (
    <div className="calculator">
      <fieldset>
        <legend>Series and parallel</legend>
        <label htmlFor={`${id}-parts`}>Component availabilities (%, separated by commas)</label>{' '}
        <input id={`${id}-parts`} value={parts} onChange={(e) => setParts(e.target.value)} size={24} />
        <output htmlFor={`${id}-parts`} aria-live="polite">
          {listOk ? (
            <ul>
              <li>All needed (series): {show(series(list))}</li>
              <li>Any one suffices (parallel): {show(parallel(list))}</li>
            </ul>
          ) : (
            <p>Enter percentages between 0 and 100.</p>
          )}
        </output>
      </fieldset>
      <fieldset>
        <legend>k-of-n quorum</legend>
        <label htmlFor={`${id}-k`}>k</label>{' '}
        <input id={`${id}-k`} inputMode="numeric" value={k} onChange={(e) => setK(e.target.value)} size={3} />{' '}
        <label htmlFor={`${id}-n`}>of n</label>{' '}
        <input id={`${id}-n`} inputMode="numeric" value={n} onChange={(e) => setN(e.target.value)} size={3} />{' '}
        <label htmlFor={`${id}-r`}>each (%)</label>{' '}
        <input id={`${id}-r`} inputMode="decimal" value={r} onChange={(e) => setR(e.target.value)} size={7} />
        <output htmlFor={`${id}-k ${id}-n ${id}-r`} aria-live="polite">
          <p>
            {quorumOk
              ? `At least ${kk} of ${nn} up: ${show(kOfN(kk, nn, num(r) / 100))}`
              : 'Enter 1 ≤ k ≤ n ≤ 50 and a percentage.'}
          </p>
        </output>
      </fieldset>
      <fieldset>
        <legend>MTTF and MTTR</legend>
        <label htmlFor={`${id}-mttf`}>MTTF (hours)</label>{' '}
        <input id={`${id}-mttf`} inputMode="decimal" value={mttf} onChange={(e) => setMttf(e.target.value)} size={7} />{' '}
        <label htmlFor={`${id}-mttr`}>MTTR (hours)</label>{' '}
        <input id={`${id}-mttr`} inputMode="decimal" value={mttr} onChange={(e) => setMttr(e.target.value)} size={7} />
        <output htmlFor={`${id}-mttf ${id}-mttr`} aria-live="polite">
          <p>
            Availability: {num(mttf) > 0 && num(mttr) >= 0 ? show(availabilityFromMttf(num(mttf), num(mttr))) : '—'}
          </p>
        </output>
        <label htmlFor={`${id}-target`}>Target availability (%)</label>{' '}
        <input
          id={`${id}-target`}
          inputMode="decimal"
          value={target}
          onChange={(e) => setTarget(e.target.value)}
          size={8}
        />
        <output htmlFor={`${id}-target ${id}-mttf`} aria-live="polite">
          <p>
            MTTR needed:{' '}
            {Number.isFinite(mttrNeeded) && mttrNeeded >= 0
              ? `${Number((mttrNeeded * 60).toPrecision(4))} minutes`
              : '—'}
          </p>
        </output>
      </fieldset>
    </div>
  );
}
