'use client';
import { useId, useState } from 'react';
import { availabilityFromUptime, availabilityOverWindow, ninesAvailability } from '@/lib/reliability/availability';
import { formatNines, formatPercentOf } from '@/lib/reliability/format';
import { INPUTS, limitsOf } from '@/lib/reliability/inputs';
import { parseNumber, parsePercentComplement, type Parsed } from '@/lib/reliability/parse';
import { formatDuration, PERIODS, TIME_UNITS, type PeriodName, type TimeUnit } from '@/lib/reliability/periods';
import type { Proportion } from '@/lib/reliability/proportion';
import { NumberField, Result, Results } from './CalcParts';

const errorsOf = (...ps: Parsed[]) => ps.flatMap((p) => (p.ok ? [] : [p.message]));
const UNIT_NAMES: Record<TimeUnit, string> = { s: 'seconds', min: 'minutes', h: 'hours', d: 'days' };

function UnitSelect({
  id,
  label,
  value,
  onChange,
}: {
  id: string;
  label: string;
  value: TimeUnit;
  onChange: (u: TimeUnit) => void;
}) {
  return (
    <>
      <label htmlFor={id} className="sr-only">
        {label}
      </label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value as TimeUnit)}>
        {(Object.keys(TIME_UNITS) as TimeUnit[]).map((u) => (
          <option key={u} value={u}>
            {UNIT_NAMES[u]}
          </option>
        ))}
      </select>
    </>
  );
}

/** The availability and its nines, or "no downtime" at exactly 100% (never "Infinity nines"). */
function AvailabilityResults({ a, htmlFor }: { a: Proportion; htmlFor: string }) {
  const n = formatNines(a);
  return (
    <>
      <Result label="Availability" htmlFor={htmlFor}>
        {formatPercentOf(a)}
      </Result>
      <Result label="Nines" htmlFor={htmlFor}>
        {n ?? 'none to count: no downtime at all'}
      </Result>
    </>
  );
}

/** Availability ↔ downtime ↔ nines, and availability from raw uptime and downtime, as the learner types. */
export function AvailabilityCalculator() {
  const id = useId();
  const [pct, setPct] = useState('99.9');
  const [up, setUp] = useState('8759');
  const [upUnit, setUpUnit] = useState<TimeUnit>('h');
  const [upDown, setUpDown] = useState('1');
  const [upDownUnit, setUpDownUnit] = useState<TimeUnit>('h');
  const [down, setDown] = useState('26.3');
  const [unit, setUnit] = useState<TimeUnit>('min');
  const [period, setPeriod] = useState<PeriodName>('year');
  const [n, setN] = useState('4');

  const q = parsePercentComplement(pct);
  const upP = parseNumber(up, INPUTS.uptime);
  const upDownP = parseNumber(upDown, INPUTS.downtime);
  const bothZero = upP.ok && upDownP.ok && upP.value === 0 && upDownP.value === 0;
  const downP = parseNumber(down, INPUTS.downtime);
  const downSeconds = downP.ok ? downP.value * TIME_UNITS[unit] : NaN;
  const tooLong = downP.ok && downSeconds > PERIODS[period];
  const nP = parseNumber(n, INPUTS.nines);

  return (
    <div className="calculator">
      <fieldset>
        <legend>Availability → downtime</legend>
        <NumberField
          id={`${id}-a`}
          label="Availability (%)"
          limits={limitsOf('availabilityPercent')}
          value={pct}
          onChange={setPct}
        />
        <Results errors={errorsOf(q)}>
          {q.ok && (
            <>
              <Result label="Nines" htmlFor={`${id}-a`}>
                {formatNines({ log10: Math.log1p(-q.value) / Math.LN10, log10Complement: Math.log10(q.value) }) ??
                  'none to count: no downtime at all'}
              </Result>
              {(Object.keys(PERIODS) as PeriodName[]).map((p) => (
                <Result key={p} label={`Allowed downtime per ${p}`} htmlFor={`${id}-a`}>
                  {q.value === 0 ? 'none (0 seconds)' : formatDuration(q.value * PERIODS[p])}
                </Result>
              ))}
            </>
          )}
        </Results>
      </fieldset>

      <fieldset>
        <legend>Uptime and downtime → availability</legend>
        <NumberField id={`${id}-up`} label="Uptime" limits={limitsOf('uptime')} value={up} onChange={setUp} size={8} />
        <UnitSelect id={`${id}-upu`} label="Uptime unit" value={upUnit} onChange={setUpUnit} />
        <br />
        <NumberField
          id={`${id}-ud`}
          label="Downtime"
          limits={limitsOf('downtime')}
          value={upDown}
          onChange={setUpDown}
          size={8}
        />
        <UnitSelect id={`${id}-udu`} label="Downtime unit" value={upDownUnit} onChange={setUpDownUnit} />
        <Results
          errors={[
            ...errorsOf(upP, upDownP),
            ...(bothZero ? ['Enter some uptime or some downtime: with both at 0 there is no time to measure.'] : []),
          ]}
        >
          {upP.ok && upDownP.ok && (
            <AvailabilityResults
              a={availabilityFromUptime(upP.value * TIME_UNITS[upUnit], upDownP.value * TIME_UNITS[upDownUnit])}
              htmlFor={`${id}-up ${id}-upu ${id}-ud ${id}-udu`}
            />
          )}
        </Results>
      </fieldset>

      <fieldset>
        <legend>Downtime → availability</legend>
        <NumberField
          id={`${id}-d`}
          label="Downtime"
          limits={limitsOf('downtime')}
          value={down}
          onChange={setDown}
          size={8}
        />
        <UnitSelect id={`${id}-u`} label="Unit" value={unit} onChange={setUnit} />{' '}
        <label htmlFor={`${id}-p`}>per</label>{' '}
        <select id={`${id}-p`} value={period} onChange={(e) => setPeriod(e.target.value as PeriodName)}>
          {(Object.keys(PERIODS) as PeriodName[]).map((p) => (
            <option key={p} value={p}>
              {p}
            </option>
          ))}
        </select>
        <Results
          errors={[
            ...errorsOf(downP),
            ...(tooLong
              ? [`A ${period} is ${formatDuration(PERIODS[period])}: the downtime cannot be longer than that.`]
              : []),
          ]}
        >
          {downP.ok && (
            <AvailabilityResults
              a={availabilityOverWindow(downSeconds, PERIODS[period])}
              htmlFor={`${id}-d ${id}-u ${id}-p`}
            />
          )}
        </Results>
      </fieldset>

      <fieldset>
        <legend>Nines → availability</legend>
        <NumberField
          id={`${id}-n`}
          label="Number of nines"
          limits={limitsOf('nines')}
          value={n}
          onChange={setN}
          size={6}
        />
        <Results errors={errorsOf(nP)}>
          {nP.ok && (
            <>
              <Result label="Availability" htmlFor={`${id}-n`}>
                {formatPercentOf(ninesAvailability(nP.value))}
              </Result>
              <Result label="Allowed downtime per year" htmlFor={`${id}-n`}>
                {formatDuration(10 ** -nP.value * PERIODS.year)}
              </Result>
            </>
          )}
        </Results>
      </fieldset>
    </div>
  );
}
