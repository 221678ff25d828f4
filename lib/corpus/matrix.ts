import type { Incident } from '../content/load';
import type { TaxonomyIndex } from './taxonomy-index';

/** One row of a fault matrix: a fault class or one of its types, with the incidents in each column. */
export interface MatrixRow {
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
export function faultMatrix(incidents: readonly Incident[], tax: TaxonomyIndex, columns: { id: string; name: string }[], columnsOf: (inc: Incident) => readonly string[]): FaultMatrix {
  const rows: MatrixRow[] = [];
  const cellsFor = (has: (inc: Incident) => boolean) =>
    columns.map((col) => incidents.filter((inc) => has(inc) && columnsOf(inc).includes(col.id)));
  for (const cls of tax.classes) {
    const typeIds = new Set(cls.types.map((t) => t.id));
    rows.push({ id: cls.id, name: cls.name, level: 'class', classId: cls.id, cells: cellsFor((inc) => inc.faults.some((f) => typeIds.has(f.type))) });
    for (const t of cls.types) {
      rows.push({ id: t.id, name: t.name, level: 'type', classId: cls.id, cells: cellsFor((inc) => inc.faults.some((f) => f.type === t.id)) });
    }
  }
  const max = Math.max(0, ...rows.flatMap((r) => r.cells.map((c) => c.length)));
  return { columns, rows, max };
}

/** A shade step 0–4 for a count, relative to the table's largest count (0 only for empty cells). */
export function shadeStep(count: number, max: number): number {
  if (count === 0 || max === 0) return 0;
  return Math.max(1, Math.ceil((count / max) * 4));
}

/** The in-page anchor of a cell's incident list. */
export function cellAnchor(rowId: string, columnId: string): string {
  return `cell-${rowId}--${columnId}`;
}
