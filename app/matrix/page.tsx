import type { Metadata } from 'next';
import Link from 'next/link';
import { getCorpus } from '@/lib/corpus';
import { cellAnchor, faultMatrix, shadeStep, type FaultMatrix } from '@/lib/corpus/matrix';
import { pageMeta } from '@/lib/page-meta';
import { MatrixTable, type MatrixTableRow } from '../_components/MatrixTable';

export const metadata: Metadata = pageMeta({
  title: 'Fault × goal matrix',
  description: 'Which fault classes and types hurt which goals of a distributed system, and which challenges they show: counts of incidents per cell, each linking to its incidents.',
  path: '/matrix/',
});

const plural = (n: number) => `${n} incident${n === 1 ? '' : 's'}`;

/** The matrix as plain rows for the client table. */
function tableRows(m: FaultMatrix, prefix: string): MatrixTableRow[] {
  return m.rows.map((r) => ({
    id: r.id, name: r.name, level: r.level, classId: r.classId,
    cells: r.cells.map((incs, i) => ({
      count: incs.length,
      shade: shadeStep(incs.length, m.max),
      anchor: cellAnchor(`${prefix}${r.id}`, m.columns[i]!.id),
      label: `${r.name} × ${m.columns[i]!.name}: ${plural(incs.length)}`,
    })),
  }));
}

/** Every non-empty cell's incidents, grouped by fault row; each cell's paragraph is a link target. */
function CellLists({ m, prefix }: { m: FaultMatrix; prefix: string }) {
  return m.rows.filter((r) => r.cells.some((c) => c.length)).map((r) => (
    <section key={r.id} aria-labelledby={`${prefix}row-${r.id}`}>
      <h3 id={`${prefix}row-${r.id}`}><Link href={`/faults/${r.id}/`} prefetch={false}>{r.name}</Link> <span className="muted">(fault {r.level})</span></h3>
      {r.cells.map((incs, i) => incs.length > 0 && (
        <p key={m.columns[i]!.id} id={cellAnchor(`${prefix}${r.id}`, m.columns[i]!.id)} className="matrix-cell-list">
          <strong>{m.columns[i]!.name}</strong> ({incs.length}):{' '}
          {incs.map((inc, j) => <span key={inc.id}>{j > 0 && '; '}<Link href={`/incidents/${inc.id}/`} prefetch={false}>{inc.title}</Link></span>)}
        </p>
      ))}
    </section>
  ));
}

/** Fault classes (expandable to types) × the five goals, and × the four challenges. */
export default function MatrixPage() {
  const { incidents, tax } = getCorpus();
  const goals = [...tax.goalById.values()].map((g) => ({ id: g.id, name: g.name }));
  const challenges = [...tax.challengeById.values()].map((c) => ({ id: c.id, name: c.name }));
  const byGoal = faultMatrix(incidents, tax, goals, (i) => i.goals.map((g) => g.id));
  const byChallenge = faultMatrix(incidents, tax, challenges, (i) => i.challenges.map((c) => c.id));
  return (
    <>
      <h1>Fault × goal matrix</h1>
      <p className="lede">Which failures hurt which goal. Each cell counts the incidents that carry a fault of that class or type (in any role) and hurt that goal; darker cells hold more. Follow a count to its incidents.</p>
      <section aria-labelledby="goals-h">
        <h2 id="goals-h">Fault × goal</h2>
        <MatrixTable caption={`Incidents per fault and goal (${incidents.length} incidents)`} corner="Fault" columns={goals} rows={tableRows(byGoal, 'g-')} />
      </section>
      <section aria-labelledby="challenges-h">
        <h2 id="challenges-h">Fault × challenge</h2>
        <MatrixTable caption="Incidents per fault and challenge" corner="Fault" columns={challenges} rows={tableRows(byChallenge, 'c-')} />
      </section>
      <section aria-labelledby="cells-h">
        <h2 id="cells-h">Incidents in each cell: goals</h2>
        <CellLists m={byGoal} prefix="g-" />
      </section>
      <section aria-labelledby="cells-c-h">
        <h2 id="cells-c-h">Incidents in each cell: challenges</h2>
        <CellLists m={byChallenge} prefix="c-" />
      </section>
    </>
  );
}
