'use client';
import Link from 'next/link';
import { useEffect, useMemo, useState } from 'react';
import type { CompareFile } from '@/lib/corpus/compare-file';
import { isCompareFile, selectedIds, sharedValues } from '@/lib/corpus/compare-select';
import { TableScroll } from './TableScroll';
import { DATA_FILES, incidentPath, withBase } from '@/lib/routes';

const SLOTS = ['a', 'b', 'c'] as const;
const base = process.env.NEXT_PUBLIC_BASE_PATH ?? '';

type CompareIncident = CompareFile['incidents'][number];

/**
 * A searchable picker: a text box with a list of suggestions (input + datalist, which browsers
 * expose as an ARIA combobox). Typing filters the titles; incidents related to the first choice
 * are offered first. A title typed or picked in full selects its incident; clearing the box
 * removes it.
 */
function IncidentPicker({
  slot,
  label,
  incidents,
  offered,
  chosen,
  disabled,
  onChoose,
}: {
  slot: string;
  label: string;
  incidents: readonly CompareIncident[];
  offered: readonly string[];
  chosen: CompareIncident | undefined;
  disabled: boolean;
  onChoose: (id: string) => void;
}) {
  const [text, setText] = useState(chosen?.title ?? '');
  const byTitle = useMemo(() => new Map(incidents.map((i) => [i.title.toLowerCase(), i.id])), [incidents]);
  const first = offered.flatMap((id) => incidents.filter((i) => i.id === id));
  const rest = incidents.filter((i) => !offered.includes(i.id));
  return (
    <p>
      <label htmlFor={`compare-${slot}`}>{label}</label>{' '}
      <input
        id={`compare-${slot}`}
        type="text"
        list={`compare-${slot}-options`}
        value={text}
        disabled={disabled}
        placeholder={offered.length ? 'Type to search; related ones first' : 'Type a title to search'}
        autoComplete="off"
        onChange={(e) => {
          setText(e.target.value);
          const id = byTitle.get(e.target.value.trim().toLowerCase());
          if (id) onChoose(id);
          else if (e.target.value.trim() === '' && chosen) onChoose('');
        }}
      />
      <datalist id={`compare-${slot}-options`}>
        {[...first, ...rest].map((inc) => (
          <option key={inc.id} value={inc.title}>
            {offered.includes(inc.id) ? 'related' : undefined}
          </option>
        ))}
      </datalist>
    </p>
  );
}

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
          <IncidentPicker
            key={`${slot}-${ids[i] ?? ''}`}
            slot={slot}
            label={`Incident ${i + 1}`}
            incidents={data.incidents}
            offered={i === 0 ? [] : (byId.get(ids[0] ?? '')?.related ?? [])}
            chosen={ids[i] ? byId.get(ids[i]!) : undefined}
            disabled={i > ids.length}
            onChoose={(id) => choose(i, id)}
          />
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
