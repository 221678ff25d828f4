'use client';
import { useId, useState } from 'react';
import {
  kOfNAvailability,
  mttfAvailability,
  parallelAvailability,
  seriesAvailability,
} from '@/lib/reliability/composition';
import { formatNines, formatPercentOf } from '@/lib/reliability/format';
import { INPUTS, limitsOf } from '@/lib/reliability/inputs';
import { parseNumber, parsePercentComplement, type Parsed } from '@/lib/reliability/parse';
import { formatDuration } from '@/lib/reliability/periods';
import type { Proportion } from '@/lib/reliability/proportion';
import { NumberField, Result, Results } from './CalcParts';

const errorsOf = (...ps: Parsed[]) => ps.flatMap((p) => (p.ok ? [] : [p.message]));
/** Components are separated by ", " or ";" or spaces; a comma between digits is left for the parser to question. */
const splitList = (s: string) => s.split(/\s*;\s*|,\s+|\s+/).filter(Boolean);
const show = (a: Proportion) => {
  const n = formatNines(a);
  return n ? `${formatPercentOf(a)} (${n})` : `${formatPercentOf(a)} (no downtime)`;
};

/** Series, parallel, k-of-n and MTTF/MTTR, computed from unavailabilities as the learner types. */
export function CompositionCalculator() {
  const id = useId();
  const [parts, setParts] = useState('99.9, 99.9, 99.9');
  const [k, setK] = useState('2');
  const [n, setN] = useState('3');
  const [r, setR] = useState('99');
  const [mttf, setMttf] = useState('720');
  const [mttr, setMttr] = useState('4');
  const [target, setTarget] = useState('99.99');

  const tokens = splitList(parts);
  const qs = tokens.map((t) => parsePercentComplement(t, `Component “${t}”`));
  const tooMany = tokens.length > INPUTS.componentCount.max;
  const listErrors = [
    ...(tokens.length === 0 ? ['Enter at least one availability.'] : []),
    ...(tooMany ? [`Enter at most ${INPUTS.componentCount.max} components.`] : []),
    ...errorsOf(...qs),
  ];
  const qValues = qs.flatMap((q) => (q.ok ? [q.value] : []));

  const kP = parseNumber(k, INPUTS.quorumK);
  const nP = parseNumber(n, INPUTS.quorumN);
  const rQ = parsePercentComplement(r, 'Each replica’s availability');
  const kTooBig = kP.ok && nP.ok && kP.value > nP.value;

  const mttfP = parseNumber(mttf, INPUTS.mttfHours);
  const mttrP = parseNumber(mttr, INPUTS.mttrHours);
  const targetQ = parsePercentComplement(target, 'The target');
  const targetZero = targetQ.ok && targetQ.value === 1;

  return (
    <div className="calculator">
      <fieldset>
        <legend>Series and parallel</legend>
        <NumberField
          id={`${id}-parts`}
          label="Component availabilities (%, separated by “, ” or “;”)"
          limits={`each ${limitsOf('availabilityPercent')}; at most ${INPUTS.componentCount.max} components`}
          value={parts}
          onChange={setParts}
          size={24}
        />
        <Results errors={listErrors}>
          <Result label={`All ${qValues.length} needed (series)`} htmlFor={`${id}-parts`}>
            {show(seriesAvailability(qValues))}
          </Result>
          <Result label={`Any one of ${qValues.length} suffices (parallel)`} htmlFor={`${id}-parts`}>
            {show(parallelAvailability(qValues))}
          </Result>
        </Results>
      </fieldset>

      <fieldset>
        <legend>k-of-n quorum</legend>
        <NumberField
          id={`${id}-k`}
          label="k"
          limits={limitsOf('quorumK')}
          value={k}
          onChange={setK}
          size={3}
          inputMode="numeric"
        />
        <NumberField
          id={`${id}-n`}
          label="of n"
          limits={limitsOf('quorumN')}
          value={n}
          onChange={setN}
          size={3}
          inputMode="numeric"
        />
        <NumberField
          id={`${id}-r`}
          label="each replica’s availability (%)"
          limits={limitsOf('availabilityPercent')}
          value={r}
          onChange={setR}
          size={7}
        />
        <Results errors={[...errorsOf(kP, nP, rQ), ...(kTooBig ? ['k cannot be more than n.'] : [])]}>
          {kP.ok && nP.ok && rQ.ok && (
            <Result label={`At least ${kP.value} of ${nP.value} up`} htmlFor={`${id}-k ${id}-n ${id}-r`}>
              {show(kOfNAvailability(kP.value, nP.value, rQ.value))}
            </Result>
          )}
        </Results>
      </fieldset>

      <fieldset>
        <legend>MTTF and MTTR</legend>
        <NumberField
          id={`${id}-mttf`}
          label="MTTF (hours)"
          limits={limitsOf('mttfHours')}
          value={mttf}
          onChange={setMttf}
          size={7}
        />
        <NumberField
          id={`${id}-mttr`}
          label="MTTR (hours)"
          limits={limitsOf('mttrHours')}
          value={mttr}
          onChange={setMttr}
          size={7}
        />
        <Results errors={errorsOf(mttfP, mttrP)}>
          {mttfP.ok && mttrP.ok && (
            <Result label="Steady-state availability" htmlFor={`${id}-mttf ${id}-mttr`}>
              {show(mttfAvailability(mttfP.value, mttrP.value))}
            </Result>
          )}
        </Results>
        <NumberField
          id={`${id}-target`}
          label="Target availability (%)"
          limits={limitsOf('availabilityPercent')}
          value={target}
          onChange={setTarget}
          size={8}
        />
        <Results
          errors={[
            ...errorsOf(mttfP, targetQ),
            ...(targetZero ? ['A target of 0% needs no repairs at all: enter a target above 0%.'] : []),
          ]}
        >
          {mttfP.ok && targetQ.ok && (
            <Result label="MTTR needed" htmlFor={`${id}-target ${id}-mttf`}>
              {/* MTTR = MTTF × (1 − A)/A, with 1 − A read exactly from the target. */}
              {targetQ.value === 0
                ? '0 seconds: 100% allows no repair time at all'
                : formatDuration((mttfP.value * 3600 * targetQ.value) / (1 - targetQ.value))}
            </Result>
          )}
        </Results>
      </fieldset>
    </div>
  );
}
