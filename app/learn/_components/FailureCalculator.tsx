'use client';
import { useId, useState } from 'react';
import { formatCount, formatProbability } from '@/lib/reliability/format';
import { INPUTS, limitsOf } from '@/lib/reliability/inputs';
import { parseNumber, type Parsed } from '@/lib/reliability/parse';
import { allFailProportion, atLeastOneFailsProportion, smallestNExceeding } from '@/lib/reliability/probability';
import { NumberField, Result, Results } from './CalcParts';

const errorsOf = (...ps: Parsed[]) => ps.flatMap((p) => (p.ok ? [] : [p.message]));

/** P(at least one of n fails) and P(all fail) for a per-part probability p, exact at the edges, as the learner types. */
export function FailureCalculator() {
  const id = useId();
  const [p, setP] = useState('1');
  const [n, setN] = useState('10');
  const pP = parseNumber(p, INPUTS.probabilityPercent);
  const nP = parseNumber(n, INPUTS.parts);
  const ins = `${id}-p ${id}-n`;
  return (
    <div className="calculator">
      <fieldset>
        <legend>Independent failures</legend>
        <NumberField
          id={`${id}-p`}
          label="Each part fails with probability (%)"
          limits={limitsOf('probabilityPercent')}
          value={p}
          onChange={setP}
          size={9}
        />
        <NumberField
          id={`${id}-n`}
          label="Number of parts n"
          limits={limitsOf('parts')}
          value={n}
          onChange={setN}
          size={9}
          inputMode="numeric"
        />
        <Results errors={errorsOf(pP, nP)}>
          {pP.ok && nP.ok && (
            <>
              <Result label="At least one fails, 1 − (1 − p)ⁿ" htmlFor={ins}>
                {formatProbability(atLeastOneFailsProportion(pP.value / 100, nP.value))}
              </Result>
              <Result label="All fail, pⁿ" htmlFor={ins}>
                {formatProbability(allFailProportion(pP.value / 100, nP.value))}
              </Result>
              <Result label="Smallest n with P(at least one fails) over 50%" htmlFor={`${id}-p`}>
                {`${formatCount(smallestNExceeding(pP.value / 100))} parts`}
              </Result>
            </>
          )}
        </Results>
      </fieldset>
    </div>
  );
}
