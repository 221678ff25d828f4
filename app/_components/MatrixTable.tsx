'use client';
import { countOf } from '@/lib/corpus/plural';
import Link from 'next/link';
import { useState } from 'react';
import { cellSearchHref, shadeStep, type MatrixCounts } from '@/lib/corpus/matrix';
import { TableScroll } from './TableScroll';
import { faultPath } from '@/lib/routes';

const plural = (n: number) => countOf(n, 'incident');

/**
 * A fault × column table: class rows, each expandable to its type rows. It gets only counts (the
 * page's inline data stays a few KB); every cell prints its count, so the shading only repeats
 * the numbers, and a non-empty count links to the search page filtered to that fault and column.
 */
export function MatrixTable({
  caption,
  facet,
  matrix,
}: {
  caption: string;
  facet: 'goal' | 'challenge';
  matrix: MatrixCounts;
}) {
  const { columns, rows, max } = matrix;
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const classes = rows.filter((r) => r.level === 'class');
  const toggle = (id: string) =>
    setOpen((s) => (s.has(id) ? new Set([...s].filter((x) => x !== id)) : new Set([...s, id])));
  const allOpen = open.size === classes.length;
  return (
    <TableScroll label={caption}>
      <p>
        <button
          type="button"
          className="button-link"
          onClick={() => setOpen(allOpen ? new Set() : new Set(classes.map((c) => c.id)))}
        >
          {allOpen ? 'Collapse all fault types' : 'Expand all fault types'}
        </button>
      </p>
      <table className="matrix">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Fault</th>
            {columns.map((c) => (
              <th key={c.id} scope="col">
                {c.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows
            .filter((r) => r.level === 'class' || open.has(r.classId))
            .map((r) => (
              <tr key={r.id} className={r.level === 'type' ? 'matrix-type' : 'matrix-class'}>
                <th scope="row">
                  {r.level === 'class' ? (
                    <>
                      <button
                        type="button"
                        className="button-link"
                        aria-expanded={open.has(r.id)}
                        onClick={() => toggle(r.id)}
                      >
                        <span aria-hidden="true">{open.has(r.id) ? '▾' : '▸'} </span>
                        {r.name}
                      </button>{' '}
                      <Link href={faultPath(r.id)} prefetch={false} className="muted" aria-label={`About ${r.name}`}>
                        about
                      </Link>
                    </>
                  ) : (
                    <Link href={faultPath(r.id)} prefetch={false}>
                      {r.name}
                    </Link>
                  )}
                </th>
                {r.counts.map((n, i) => {
                  const col = columns[i]!;
                  return (
                    <td key={col.id} className={`shade-${shadeStep(n, max)}`}>
                      {n > 0 ? (
                        <Link
                          href={cellSearchHref(r.id, facet, col.id)}
                          prefetch={false}
                          aria-label={`${r.name} × ${col.name}: ${plural(n)}`}
                        >
                          {n}
                        </Link>
                      ) : (
                        <span className="muted">0</span>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
