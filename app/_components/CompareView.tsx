'use client';
import Link from 'next/link';
import { useEffect, useMemo, useState } from 'react';
import type { CompareFile } from '@/lib/corpus/compare-file';
import { isCompareFile, selectedIds, sharedValues } from '@/lib/corpus/compare-select';
import { TableScroll } from './TableScroll';
import { DATA_FILES, incidentPath, withBase } from '@/lib/routes';

const SLOTS = ['a', 'b', 'c'] as const;
const base = process.env.NEXT_PUBLIC_BASE_PATH ?? '';

/** Fetches the compact compare file, keeps the selection in the URL, and renders the side-by-side table. */
export function CompareView() {
  const [data, setData] = useState<CompareFile | null>(null);
  const [failed, setFailed] = useState(false);
  const [ids, setIds] = useState<string[]>([]);

  useEffect(() => {
    fetch(withBase(DATA_FILES.compareJson, base))
      .then((r) => r.json())
      .then((json: unknown) => {
        if (!isCompareFile(json)) throw new Error('compare.json is not a compare file');
        setData(json);
        setIds(selectedIds(window.location.search, new Set(json.incidents.map((i) => i.id))));
      })
      .catch(() => setFailed(true));
  }, []);

  const byId = useMemo(() => new Map((data?.incidents ?? []).map((i) => [i.id, i])), [data]);
  const choose = (slot: number, id: string) => {
    const next = [...ids];
    next[slot] = id;
    const clean = [...new Set(next.filter(Boolean))];
    setIds(clean);
    const q = new URLSearchParams(clean.map((v, i) => [SLOTS[i]!, v]));
    window.history.replaceState(null, '', `${window.location.pathname}${clean.length ? `?${q}` : ''}`);
  };

  if (failed) return <p role="alert">The comparison data could not be loaded. Reload the page to try again.</p>;
  if (!data) return <p aria-live="polite">Loading incidents…</p>;
  const chosen = ids.map((id) => byId.get(id)).filter((x) => x !== undefined);
  return (
    <>
      <form className="compare-pickers" onSubmit={(e) => e.preventDefault()}>
        {SLOTS.map((slot, i) => (
          <p key={slot}>
            <label htmlFor={`compare-${slot}`}>Incident {i + 1}</label>{' '}
            <select
              id={`compare-${slot}`}
              value={ids[i] ?? ''}
              onChange={(e) => choose(i, e.target.value)}
              disabled={i > ids.length}
            >
              <option value="">{i === 0 ? 'Choose an incident' : 'None'}</option>
              {data.incidents.map((inc) => (
                <option key={inc.id} value={inc.id}>
                  {inc.title}
                </option>
              ))}
            </select>
          </p>
        ))}
      </form>
      {chosen.length === 0 ? (
        <p className="muted">
          Choose an incident above, or open one and follow &ldquo;Compare this incident with others&rdquo;.
        </p>
      ) : (
        <TableScroll label="Comparison">
          <table className="compare">
            <caption>{chosen.map((c) => c.title).join(' vs ')}</caption>
            <thead>
              <tr>
                <th scope="col">Field</th>
                {chosen.map((c) => (
                  <th key={c.id} scope="col">
                    <Link href={incidentPath(c.id)} prefetch={false}>
                      {c.title}
                    </Link>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {data.fields.map((field, f) => {
                const shared = sharedValues(chosen.map((c) => c.values[f] ?? []));
                return (
                  <tr key={field}>
                    <th scope="row">{field}</th>
                    {chosen.map((c) => (
                      <td key={c.id}>
                        {(c.values[f] ?? []).length === 0 ? (
                          <span className="muted">—</span>
                        ) : (
                          <ul className="compare-values">
                            {(c.values[f] ?? []).map((v) =>
                              shared.has(v) ? (
                                <li key={v}>
                                  <mark>{v}</mark> <span className="badge">shared</span>
                                </li>
                              ) : (
                                <li key={v}>{v}</li>
                              ),
                            )}
                          </ul>
                        )}
                      </td>
                    ))}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableScroll>
      )}
    </>
  );
}
