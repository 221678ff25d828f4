'use client';
import { useId, useState } from 'react';
import { formatCount, formatProbability } from '@/lib/reliability/format';
import { INPUTS, limitsOf } from '@/lib/reliability/inputs';
import { meshLinks, someLinkFails } from '@/lib/reliability/network';
import { parseNumber, type Parsed } from '@/lib/reliability/parse';
import { NumberField, Result, Results } from './CalcParts';

const errorsOf = (...ps: Parsed[]) => ps.flatMap((p) => (p.ok ? [] : [p.message]));

/** Links in a full mesh, n(n − 1)/2, and the chance that at least one of them fails. */
export function MeshCalculator() {
  const id = useId();
  const [n, setN] = useState('10');
  const [p, setP] = useState('1');
  const nP = parseNumber(n, INPUTS.meshNodes);
  const pP = parseNumber(p, INPUTS.probabilityPercent);
  return (
    <div className="calculator">
      <fieldset>
        <legend>Links in a full mesh</legend>
        <NumberField
          id={`${id}-n`}
          label="Number of nodes n"
          limits={limitsOf('meshNodes')}
          value={n}
          onChange={setN}
          size={9}
          inputMode="numeric"
        />
        <NumberField
          id={`${id}-p`}
          label="Each link fails with probability (%)"
          limits={limitsOf('probabilityPercent')}
          value={p}
          onChange={setP}
          size={9}
        />
        <Results errors={errorsOf(nP, pP)}>
          {nP.ok && (
            <Result label="Links, n(n − 1)/2" htmlFor={`${id}-n`}>
              {`${formatCount(meshLinks(nP.value))} ${meshLinks(nP.value) === 1 ? 'link' : 'links'}`}
            </Result>
          )}
          {nP.ok && pP.ok && (
            <Result label="At least one link fails" htmlFor={`${id}-n ${id}-p`}>
              {formatProbability(someLinkFails(nP.value, pP.value / 100))}
            </Result>
          )}
        </Results>
      </fieldset>
    </div>
  );
}
