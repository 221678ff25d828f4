'use client';
import { useId, useState } from 'react';
import { INPUTS, limitsOf } from '@/lib/reliability/inputs';
import { fibreRoundTripMs, footPerNanosecondMs } from '@/lib/reliability/network';
import { parseNumber } from '@/lib/reliability/parse';
import { NumberField, Result, Results } from './CalcParts';

const ms = (x: number) =>
  `${x >= 0.001 || x === 0 ? Number(x.toPrecision(3)).toLocaleString('en-GB', { maximumFractionDigits: 6 }) : x.toExponential(2)} ms`;

/** Distance → the least round-trip time light in fibre allows, beside the lecture's foot-per-nanosecond. */
export function FibreCalculator() {
  const id = useId();
  const [km, setKm] = useState('5,570');
  const d = parseNumber(km, INPUTS.distanceKm);
  return (
    <div className="calculator">
      <fieldset>
        <legend>Distance → minimum round trip</legend>
        <NumberField
          id={`${id}-d`}
          label="Distance (km)"
          limits={limitsOf('distanceKm')}
          value={km}
          onChange={setKm}
          size={9}
        />
        <Results errors={d.ok ? [] : [d.message]}>
          {d.ok && (
            <>
              <Result label="Minimum round trip in fibre (light at ⅔ c)" htmlFor={`${id}-d`}>
                {ms(fibreRoundTripMs(d.value))}
              </Result>
              <Result label="Round trip at the lecture’s 1 foot per nanosecond" htmlFor={`${id}-d`}>
                {ms(2 * footPerNanosecondMs(d.value))}
              </Result>
            </>
          )}
        </Results>
      </fieldset>
    </div>
  );
}
