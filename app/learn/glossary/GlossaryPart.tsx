import Link from 'next/link';
import { getCorpus } from '@/lib/corpus';
import { shortIncidentLabel } from '@/lib/corpus/incident-summaries';
import { GlossaryList, type GlossaryEntry } from './GlossaryList';
import { GLOSSARY_PARTS, glossaryPartOf, glossaryPartPath, searchPath } from '@/lib/routes';

/** How many incidents (the newest) each term lists; the page grows with terms, not with incidents. */
const USES_SHOWN = 4;

/** One glossary page: its terms, defined, with the newest incidents that use each and a search for the rest. */
export function GlossaryPart({ part }: { part: number }) {
  const { glossary, byTerm, tax } = getCorpus();
  const entries: GlossaryEntry[] = glossary
    .filter((t) => glossaryPartOf(t.id) === part)
    .sort((a, b) => a.term.localeCompare(b.term))
    .map((t) => ({
      id: t.id,
      term: t.term,
      aka: t.aka,
      definition: t.definition,
      uses: (byTerm.get(t.id) ?? [])
        .slice(0, USES_SHOWN)
        .map((inc): [string, string] => [inc.id, shortIncidentLabel(inc, tax)]),
      more: Math.max(0, (byTerm.get(t.id)?.length ?? 0) - USES_SHOWN),
      moreHref: searchPath({ q: t.term }),
    }));
  return (
    <>
      <h1>
        Glossary{' '}
        <span className="muted">
          {GLOSSARY_PARTS[part]!.first.toUpperCase()}–{GLOSSARY_PARTS[part]!.last.toUpperCase()}
        </span>
      </h1>
      <nav aria-label="Glossary pages">
        <ul className="pager-inline">
          {GLOSSARY_PARTS.map((p, i) => (
            <li key={p.slug}>
              {i === part ? (
                <span aria-current="page">
                  {p.first.toUpperCase()}–{p.last.toUpperCase()}
                </span>
              ) : (
                <Link href={glossaryPartPath(i)} prefetch={false}>
                  {p.first.toUpperCase()}–{p.last.toUpperCase()}
                </Link>
              )}
            </li>
          ))}
        </ul>
      </nav>
      <p className="lede">
        Technical terms used by the case studies. Each lists the newest incidents that use it, by organisation and
        month, and links a search for the rest.
      </p>
      {entries.length === 0 ? <p className="muted">No terms yet.</p> : <GlossaryList entries={entries} />}
    </>
  );
}
