import type { Metadata } from 'next';
import Link from 'next/link';
import { formatMinutes } from '@/lib/content/duration';
import { getCorpus } from '@/lib/corpus';
import { facetLabel } from '@/lib/content/facets';
import {
  detectionAndRepair,
  durationsLongestFirst,
  perYearByRootClass,
  SEVERAL_CLASSES,
  topFaultTypes,
  UNCLASSIFIED,
} from '@/lib/corpus/stats';
import { pageMeta } from '@/lib/page-meta';
import { BarChart, StackedYears } from '../_components/charts';
import { binDurations } from '@/lib/corpus/duration-bins';
import { IncidentValuesTable } from '../_components/IncidentValuesTable';
import { TableScroll } from '../_components/TableScroll';
import { ABOUT_DATA, DATA_FILES, MATRIX, STATS, faultPath, withBase } from '@/lib/routes';

const base = process.env.NEXT_PUBLIC_BASE_PATH ?? '';
/** How many incidents the per-incident tables show; the rest are in the CSV, so the page stays small as the corpus grows. */
const TOP = 10;

export const metadata: Metadata = pageMeta({
  title: 'The corpus in pictures',
  description:
    'Incidents per year by fault class, how long they lasted, the most common trigger and root fault types, and how long detection and repair took.',
  path: STATS,
});

/** Corpus pictures, each drawn at build time as SVG and followed by its numbers. */
export default function StatsPage() {
  const { incidents, tax } = getCorpus();
  const perYear = perYearByRootClass(incidents, tax);
  const partName = (id: string) =>
    id === SEVERAL_CLASSES
      ? 'Roots in several classes'
      : id === UNCLASSIFIED
        ? 'Unclassified (no root tag)'
        : (tax.classById.get(id)?.name ?? id);
  const series = perYear.classes.map((id) => ({ id, label: partName(id) }));
  const yearTotal = (y: number) => [...(perYear.counts.get(y)?.values() ?? [])].reduce((n, v) => n + v, 0);
  const durations = durationsLongestFirst(incidents);
  const typeName = (id: string) => tax.typeById.get(id)?.name ?? id;
  const triggers = topFaultTypes(incidents, 'trigger');
  const roots = topFaultTypes(incidents, 'root');
  const spans = detectionAndRepair(incidents);
  return (
    <>
      <h1>The corpus in pictures</h1>
      <p className="lede">
        Shapes of failure across all {incidents.length} incidents. Every picture is followed by its numbers. Small
        counts: read these as a description of this collection, not of all incidents everywhere.
      </p>

      <section aria-labelledby="years-h">
        <h2 id="years-h">Incidents per year, by fault class of the root</h2>
        <p className="muted">
          Each incident counts once, in the year it started. Its part of the bar is the class of its root fault; an
          incident whose roots lie in several classes, or that has no root tag yet, has a part of its own.
        </p>
        <StackedYears
          title="Incidents per year by root fault class"
          years={perYear.years}
          series={series}
          value={(y, id) => perYear.counts.get(y)?.get(id) ?? 0}
        />
        <ul className="swatch-legend">
          {series.map((s, k) => (
            <li key={s.id}>
              <span className={`swatch series-${k}`} aria-hidden="true" />{' '}
              {s.id === SEVERAL_CLASSES || s.id === UNCLASSIFIED ? (
                s.label
              ) : (
                <Link href={faultPath(s.id)} prefetch={false}>
                  {s.label}
                </Link>
              )}
            </li>
          ))}
        </ul>
        <TableScroll label="Incidents per year by root fault class">
          <table>
            <caption>Incidents per year by root fault class</caption>
            <thead>
              <tr>
                <th scope="col">Year</th>
                {series.map((s) => (
                  <th key={s.id} scope="col">
                    {s.label}
                  </th>
                ))}
                <th scope="col">Incidents</th>
              </tr>
            </thead>
            <tbody>
              {perYear.years
                .filter((y) => perYear.counts.has(y))
                .map((y) => (
                  <tr key={y}>
                    <th scope="row">{y}</th>
                    {series.map((s) => (
                      <td key={s.id}>{perYear.counts.get(y)?.get(s.id) ?? 0}</td>
                    ))}
                    <td>{yearTotal(y)}</td>
                  </tr>
                ))}
            </tbody>
          </table>
        </TableScroll>
      </section>

      <section aria-labelledby="durations-h">
        <h2 id="durations-h">How long incidents lasted</h2>
        <p className="muted">
          Counted in bins that grow roughly tenfold (minutes, hours, days). The first reported duration is used (bases
          differ, so compare loosely); else start to end when both are known to the minute.
        </p>
        <BarChart title="Incidents by how long they lasted" bars={binDurations(durations.map((d) => d.minutes))} />
        <details>
          <summary>
            The {Math.min(TOP, durations.length)} longest of {durations.length} durations
          </summary>
          <IncidentValuesTable
            headers={['Duration', 'Basis']}
            rows={durations.slice(0, TOP).map((d) => ({
              id: d.inc.id,
              title: d.inc.title,
              values: [formatMinutes(d.minutes), d.basis === 'started-to-ended' ? 'start → end' : facetLabel(d.basis)],
            }))}
          />
          <p className="muted">
            Every incident&apos;s duration is in the <a href={withBase(DATA_FILES.incidentsCsv, base)}>CSV download</a>{' '}
            (column duration_minutes).
          </p>
        </details>
      </section>

      <section aria-labelledby="types-h">
        <h2 id="types-h">The most common triggers and roots</h2>
        <h3>Trigger fault types</h3>
        <BarChart
          title="Most common trigger fault types"
          bars={triggers.map((t) => ({ label: typeName(t.type), value: t.count }))}
        />
        <h3>Root fault types</h3>
        <BarChart
          title="Most common root fault types"
          bars={roots.map((t) => ({ label: typeName(t.type), value: t.count }))}
        />
        <p className="muted">
          Each type links to its incidents:{' '}
          {[...new Set([...triggers, ...roots].map((t) => t.type))].map((t, i) => (
            <span key={t}>
              {i > 0 && ', '}
              <Link href={faultPath(t)} prefetch={false}>
                {typeName(t)}
              </Link>
            </span>
          ))}
          .
        </p>
      </section>

      <section aria-labelledby="spans-h">
        <h2 id="spans-h">Detection and repair</h2>
        <p className="muted">
          Derived from each timeline: <em>detect</em> runs from the first trigger to the first detection,{' '}
          <em>repair</em> from detection to the last recovery. Only times known to the minute count; these are rough.
        </p>
        <h3>Time to detect</h3>
        <BarChart
          title="Incidents by time to detect"
          bars={binDurations(spans.flatMap((s) => (s.detect !== undefined ? [s.detect] : [])))}
        />
        <h3>Time to repair</h3>
        <BarChart
          title="Incidents by time to repair"
          bars={binDurations(spans.flatMap((s) => (s.repair !== undefined ? [s.repair] : [])))}
        />
        <details>
          <summary>
            The {Math.min(TOP, spans.length)} longest repairs of {spans.length} incidents with derived spans
          </summary>
          <IncidentValuesTable
            headers={['Detect (derived)', 'Repair (derived)']}
            rows={[...spans]
              .sort((a, b) => (b.repair ?? -1) - (a.repair ?? -1))
              .slice(0, TOP)
              .map((s) => ({
                id: s.incident.id,
                title: s.incident.title,
                values: [
                  s.detect !== undefined ? formatMinutes(s.detect) : '—',
                  s.repair !== undefined ? formatMinutes(s.repair) : '—',
                ],
              }))}
          />
        </details>
      </section>

      <p>
        <Link href={ABOUT_DATA} prefetch={false}>
          Download the data
        </Link>{' '}
        behind these pictures, or see the{' '}
        <Link href={MATRIX} prefetch={false}>
          fault × goal matrix
        </Link>
        .
      </p>
    </>
  );
}
