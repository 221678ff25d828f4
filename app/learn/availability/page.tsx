import type { Metadata } from 'next';
import Link from 'next/link';
import { availabilityFromUptime, formatPercent, ninesTable } from '@/lib/reliability/availability';
import { formatNines, formatPercentOf, formatProbability } from '@/lib/reliability/format';
import { allFailProportion, atLeastOneFailsProportion } from '@/lib/reliability/probability';
import { downtimeChart } from '@/lib/reliability/charts';
import { lectureClaim } from '@/lib/reliability/lecture';
import { CONVENTION, formatDuration } from '@/lib/reliability/periods';
import { AvailabilityCalculator } from '../_components/AvailabilityCalculator';
import { CompositionCalculator } from '../_components/CompositionCalculator';
import { IdeaSection } from '../_components/IdeaSection';
import { LineChartSvg } from '../_components/LineChartSvg';
import { TableScroll } from '../../_components/TableScroll';
import { goalPath, learnPath, quizPath } from '@/lib/routes';

export const metadata: Metadata = {
  title: 'Availability and the nines',
  description:
    'Availability = uptime / (uptime + downtime); the nines table from 90% to 99.9999%, computed; a calculator for downtime, nines, composition and MTTF/MTTR.',
  alternates: { canonical: learnPath('availability') },
};

/** Availability: the formula, the nines table, calculators and a chart. */
export default function AvailabilityPage() {
  const rows = ninesTable();
  return (
    <>
      <h1>Availability and the nines</h1>
      <p className="lede">
        How much downtime a promise of “three nines” allows, and how the availability of parts combines into the
        availability of a system.
      </p>

      <IdeaSection id="availability-definition">
        <p className="formula">
          <strong>availability = uptime / (uptime + downtime)</strong>
        </p>
        <p>
          Availability is one of the{' '}
          <Link href={goalPath('availability')} prefetch={false}>
            five goals
          </Link>
          : the share of time a system is in working order. Measure how long it was up and how long it was down, over
          the same stretch of time, and divide the uptime by the total. A service that was up 8,759 hours and down 1
          hour was available {formatPercentOf(availabilityFromUptime(8759, 1))} of the time. With no downtime at all it
          is exactly 100%; the calculator below takes uptime and downtime directly.
        </p>
        <p>
          Availability is usually quoted in <em>nines</em>: 99.9% is three nines, and in general the number of nines is
          −log₁₀(1 − availability), so 99.95% is {formatNines(availabilityFromUptime(9995, 5))}. Each extra nine cuts
          the allowed downtime tenfold.
        </p>

        <h3>The nines table</h3>
        <p>
          Every figure below is computed from the availability, not typed in. <strong>Calendar convention:</strong>{' '}
          {CONVENTION} Tables that use a 365-day year or a 30-day month differ slightly (99.9% over a 30-day month
          allows 43.2 minutes, not 43.8).
        </p>
        <TableScroll label="Allowed downtime table">
          <table>
            <caption className="sr-only">Allowed downtime at each availability level</caption>
            <thead>
              <tr>
                <th scope="col">Availability</th>
                <th scope="col">Nines</th>
                <th scope="col">Per year</th>
                <th scope="col">Per month</th>
                <th scope="col">Per week</th>
                <th scope="col">The lecture says (per year)</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => {
                const claim = lectureClaim(r.availability);
                return (
                  <tr key={r.availability}>
                    <th scope="row">{formatPercent(r.availability)}</th>
                    <td>{r.nines.toFixed(2)}</td>
                    <td>{formatDuration(r.perYear)}</td>
                    <td>{formatDuration(r.perMonth)}</td>
                    <td>{formatDuration(r.perWeek)}</td>
                    <td>{claim ? `${claim.claim} ${claim.holds ? '✓' : '✗'}` : '—'}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableScroll>
        <p className="muted">
          ✓ means the exact value bears the lecture’s rounded claim out (the lecture table follows Takada,{' '}
          <cite>Distributed systems for fun and profit</cite>, ch. 1).
        </p>

        <LineChartSvg
          chart={downtimeChart()}
          title="Allowed downtime against the number of nines"
          description="On a logarithmic scale each extra nine divides the allowed downtime by ten: from 36.5 days a year at one nine to 31.6 seconds a year at six."
        />
      </IdeaSection>

      <h2>Calculator</h2>
      <AvailabilityCalculator />

      <IdeaSection id="replication-availability">
        <p>One server is simply up or down. Many servers change two probabilities in opposite directions:</p>
        <ul>
          <li>
            <strong>“Some server is down” becomes likelier.</strong> With 10 servers that are each down 1% of the time,
            independently, at least one is down {formatProbability(atLeastOneFailsProportion(0.01, 10))} of the time.
          </li>
          <li>
            <strong>“All servers are down” becomes far rarer — exponentially so.</strong> Two such replicas are both
            down {formatProbability(allFailProportion(0.01, 2))} of the time, three{' '}
            {formatProbability(allFailProportion(0.01, 3))}: each replica multiplies the chance by another 1%.
          </li>
        </ul>
        <p>
          So replication pays only if the service keeps working while some replicas are down — and only as long as the
          replicas fail independently. The formulas below make the same assumption; the incidents below show where it
          breaks.
        </p>
      </IdeaSection>

      <h2>Composing components</h2>
      <ul>
        <li>
          <strong>Series</strong> (every part is needed): A = A₁ × A₂ × … — three 99.9% tiers give 99.7003%, about 26.3
          hours a year.
        </li>
        <li>
          <strong>Parallel</strong> (any one part suffices): A = 1 − (1 − A₁)(1 − A₂)… — two 99% replicas give 99.99%.
        </li>
        <li>
          <strong>k-of-n quorum</strong> of replicas with availability r: the chance that at least k of n are up —
          2-of-3 at 99% gives 99.9702%.
        </li>
        <li>
          <strong>MTTF and MTTR</strong>: steady-state availability is MTTF / (MTTF + MTTR). With MTTF 1,000 h and MTTR
          1 h, A = 99.9001%. To reach 99.99% with MTTF 720 h you need MTTR = MTTF(1 − A)/A = 4.32 minutes.
        </li>
      </ul>
      <p>
        All of these assume independent failures. Real replicas share power, networks, software and operators, so they
        fail together more often than the formulas say — see{' '}
        <Link href={learnPath('failure-probability')} prefetch={false}>
          failure probability
        </Link>
        .
      </p>
      <CompositionCalculator />

      <p>
        <Link href={quizPath('learn:availability-maths')} prefetch={false}>
          Quiz yourself on availability maths
        </Link>
      </p>
    </>
  );
}
