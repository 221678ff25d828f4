import type { Incident } from '../content/load';
import type { TaxonomyIndex } from './taxonomy-index';
import { searchPath } from '../routes';

/** One row of a fault matrix: a fault class or one of its types, with the incidents in each column. */
interface MatrixRow {
  id: string;
  name: string;
  level: 'class' | 'type';
  classId: string;
  /** Incidents per column, in column order; an incident appears once per cell. */
  cells: Incident[][];
}

/** A fault × goal (or × challenge) table: rows for every class, each followed by its types. */
export interface FaultMatrix {
  columns: { id: string; name: string }[];
  rows: MatrixRow[];
  /** The largest cell count, for shading. */
  max: number;
}

/**
 * Crosses fault classes and types with the columns an incident carries (goals or challenges).
 * An incident counts in a fault's row when it carries the fault in any role.
 */
export function faultMatrix(
  incidents: readonly Incident[],
  tax: TaxonomyIndex,
  columns: { id: string; name: string }[],
  columnsOf: (inc: Incident) => readonly string[],
): FaultMatrix {
  const rows: MatrixRow[] = [];
  const cellsFor = (has: (inc: Incident) => boolean) =>
    columns.map((col) => incidents.filter((inc) => has(inc) && columnsOf(inc).includes(col.id)));
  for (const cls of tax.classes) {
    const typeIds = new Set(cls.types.map((t) => t.id));
    rows.push({
      id: cls.id,
      name: cls.name,
      level: 'class',
      classId: cls.id,
      cells: cellsFor((inc) => inc.faults.some((f) => typeIds.has(f.type))),
    });
    for (const t of cls.types) {
      rows.push({
        id: t.id,
        name: t.name,
        level: 'type',
        classId: cls.id,
        cells: cellsFor((inc) => inc.faults.some((f) => f.type === t.id)),
      });
    }
  }
  const max = Math.max(0, ...rows.flatMap((r) => r.cells.map((c) => c.length)));
  return { columns, rows, max };
}

/** A matrix reduced to counts: what the page hands its client table, so the page carries no incident lists. */
export interface MatrixCounts {
  columns: { id: string; name: string }[];
  rows: { id: string; name: string; level: 'class' | 'type'; classId: string; counts: number[] }[];
  max: number;
}

/** The counts of a fault matrix, per row in column order. */
export function matrixCounts(m: FaultMatrix): MatrixCounts {
  return {
    columns: m.columns,
    max: m.max,
    rows: m.rows.map((r) => ({
      id: r.id,
      name: r.name,
      level: r.level,
      classId: r.classId,
      counts: r.cells.map((c) => c.length),
    })),
  };
}

/** A shade step 0–4 for a count, relative to the table's largest count (0 only for empty cells). */
export function shadeStep(count: number, max: number): number {
  if (count === 0 || max === 0) return 0;
  return Math.max(1, Math.ceil((count / max) * 4));
}

/**
 * Where a cell's incidents are listed: the search page filtered to the row's fault (class or type,
 * any role) and the cell's goal or challenge, which is exactly what the cell counts.
 */
export function cellSearchHref(faultId: string, facet: 'goal' | 'challenge', columnId: string): string {
  return searchPath({ fault: faultId, [facet]: columnId });
}
