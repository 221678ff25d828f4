import type { Metadata } from 'next';
import { pageMeta } from '@/lib/page-meta';
import { getCorpus } from '@/lib/corpus';
import { shortIncidentLabel } from '@/lib/corpus/incident-summaries';
import { GlossaryList, type GlossaryEntry } from './GlossaryList';
import { learnPath, searchPath } from '@/lib/routes';

export const metadata: Metadata = pageMeta({
  title: 'Glossary',
  description: "The technical terms Faultline's incidents use, each defined and linked to the incidents that use it.",
  path: learnPath('glossary'),
});

/** How many incidents (the newest) each term lists; the page grows with terms, not with incidents. */
const USES_SHOWN = 4;

/** Every glossary term, defined, with the newest incidents that use it and a search for the rest. */
export default function GlossaryPage() {
  const { glossary, byTerm, tax } = getCorpus();
  const entries: GlossaryEntry[] = [...glossary]
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
      <h1>Glossary</h1>
      <p className="lede">
        Technical terms used by the case studies. Each lists the newest incidents that use it, by organisation and
        month, and links a search for the rest.
      </p>
      {entries.length === 0 ? <p className="muted">No terms yet.</p> : <GlossaryList entries={entries} />}
    </>
  );
}
