'use client';
import { useState } from 'react';

/** A matrix row as plain data, so the table can expand classes on the client. */
export interface MatrixTableRow {
  id: string;
  name: string;
  level: 'class' | 'type';
  classId: string;
  cells: { count: number; shade: number; anchor: string; label: string }[];
}

/**
 * A fault × column table: class rows, each expandable to its type rows. Counts are printed in
 * every cell, so the shading only repeats what the numbers say.
 */
export function MatrixTable({ caption, corner, columns, rows }: { caption: string; corner: string; columns: { id: string; name: string }[]; rows: MatrixTableRow[] }) {
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const classes = rows.filter((r) => r.level === 'class');
  const toggle = (id: string) => setOpen((s) => (s.has(id) ? new Set([...s].filter((x) => x !== id)) : new Set([...s, id])));
  const allOpen = open.size === classes.length;
  return (
    <div className="table-scroll">
      <p>
        <button type="button" className="button-link" onClick={() => setOpen(allOpen ? new Set() : new Set(classes.map((c) => c.id)))}>
          {allOpen ? 'Collapse all fault types' : 'Expand all fault types'}
        </button>
      </p>
      <table className="matrix">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{corner}</th>
            {columns.map((c) => <th key={c.id} scope="col">{c.name}</th>)}
          </tr>
        </thead>
        <tbody>
          {rows.filter((r) => r.level === 'class' || open.has(r.classId)).map((r) => (
            <tr key={r.id} className={r.level === 'type' ? 'matrix-type' : 'matrix-class'}>
              <th scope="row">
                {r.level === 'class' ? (
                  <button type="button" className="button-link" aria-expanded={open.has(r.id)} onClick={() => toggle(r.id)}>
                    <span aria-hidden="true">{open.has(r.id) ? '▾' : '▸'} </span>{r.name}
                  </button>
                ) : (
                  <span className="matrix-type-name">{r.name}</span>
                )}
              </th>
              {r.cells.map((cell, i) => (
                <td key={columns[i]?.id ?? i} className={`shade-${cell.shade}`}>
                  {cell.count > 0 ? <a href={`#${cell.anchor}`} aria-label={cell.label}>{cell.count}</a> : <span className="muted" aria-label={cell.label}>0</span>}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
