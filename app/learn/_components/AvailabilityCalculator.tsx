'use client';
import { useId, useState } from 'react';
import {
  allowedDowntime,
  availabilityFromDowntime,
  availabilityFromNines,
  formatPercent,
  nines,
} from '@/lib/reliability/availability';
import { formatDuration, PERIODS, TIME_UNITS, type PeriodName, type TimeUnit } from '@/lib/reliability/periods';

const num = (s: string) => (s.trim() === '' ? NaN : Number(s.replace(',', '.')));

/** Availability ↔ downtime ↔ nines, both ways, computed as the learner types. */
export function AvailabilityCalculator() {
  const id = useId();
  const [pct, setPct] = useState('99.9');
  const [down, setDown] = useState('26.3');
  const [unit, setUnit] = useState<TimeUnit>('min');
  const [period, setPeriod] = useState<PeriodName>('year');
  const [n, setN] = useState('4');

  const a = num(pct) / 100;
  const aValid = a > 0 && a < 1;
  const measured = availabilityFromDowntime(num(down) * TIME_UNITS[unit], PERIODS[period]);
  const measuredValid = Number.isFinite(measured) && measured > 0 && measured < 1;
  const fromNines = availabilityFromNines(num(n));
  const ninesValid = num(n) > 0 && num(n) < 12;

  return (
    <div className="calculator">
      <fieldset>
        <legend>Availability → downtime</legend>
        <label htmlFor={`${id}-a`}>Availability (%)</label>{' '}
        <input id={`${id}-a`} inputMode="decimal" value={pct} onChange={(e) => setPct(e.target.value)} size={10} />
        <output htmlFor={`${id}-a`} aria-live="polite">
          {aValid ? (
            <ul>
              <li>{nines(a).toFixed(2)} nines</li>
              {(Object.keys(PERIODS) as PeriodName[]).map((p) => (
                <li key={p}>
                  per {p}: {formatDuration(allowedDowntime(a, PERIODS[p]))}
                </li>
              ))}
            </ul>
          ) : (
            <p>Enter a percentage between 0 and 100.</p>
          )}
        </output>
      </fieldset>
      <fieldset>
        <legend>Downtime → availability</legend>
        <label htmlFor={`${id}-d`}>Downtime</label>{' '}
        <input id={`${id}-d`} inputMode="decimal" value={down} onChange={(e) => setDown(e.target.value)} size={8} />{' '}
        <label htmlFor={`${id}-u`} className="sr-only">
          Unit
        </label>
        <select id={`${id}-u`} value={unit} onChange={(e) => setUnit(e.target.value as TimeUnit)}>
          {(Object.keys(TIME_UNITS) as TimeUnit[]).map((u) => (
            <option key={u} value={u}>
              {u}
            </option>
          ))}
        </select>{' '}
        <label htmlFor={`${id}-p`}>per</label>{' '}
        <select id={`${id}-p`} value={period} onChange={(e) => setPeriod(e.target.value as PeriodName)}>
          {(Object.keys(PERIODS) as PeriodName[]).map((p) => (
            <option key={p} value={p}>
              {p}
            </option>
          ))}
        </select>
        <output htmlFor={`${id}-d ${id}-u ${id}-p`} aria-live="polite">
          <p>
            {measuredValid
              ? `Availability ${formatPercent(Number(measured.toFixed(8)))}, ${nines(measured).toFixed(2)} nines`
              : 'Enter a downtime shorter than the period.'}
          </p>
        </output>
      </fieldset>
      <fieldset>
        <legend>Nines → availability</legend>
        <label htmlFor={`${id}-n`}>Number of nines</label>{' '}
        <input id={`${id}-n`} inputMode="decimal" value={n} onChange={(e) => setN(e.target.value)} size={6} />
        <output htmlFor={`${id}-n`} aria-live="polite">
          <p>
            {ninesValid
              ? `${formatPercent(Number(fromNines.toFixed(10)))}, ${formatDuration(allowedDowntime(fromNines, PERIODS.year))} a year`
              : 'Enter a number of nines between 0 and 12.'}
          </p>
        </output>
      </fieldset>
    </div>
  );
}
