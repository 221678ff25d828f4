import type { Metadata } from 'next';
import { pageMeta } from '@/lib/page-meta';
import { getCorpus } from '@/lib/corpus';
import { shortIncidentLabel } from '@/lib/corpus/incident-summaries';
import { GlossaryList, type GlossaryEntry } from './GlossaryList';
import { learnPath } from '@/lib/routes';

export const metadata: Metadata = pageMeta({
  title: 'Glossary',
  description: "The technical terms Faultline's incidents use, each defined and linked to the incidents that use it.",
  path: learnPath('glossary'),
});

/** Every glossary term, defined, with the incidents that use it. */
export default function GlossaryPage() {
  const { glossary, byTerm, tax } = getCorpus();
  const entries: GlossaryEntry[] = [...glossary]
    .sort((a, b) => a.term.localeCompare(b.term))
    .map((t) => ({
      id: t.id,
      term: t.term,
      aka: t.aka,
      definition: t.definition,
      uses: (byTerm.get(t.id) ?? []).map((inc): [string, string] => [inc.id, shortIncidentLabel(inc, tax)]),
    }));
  return (
    <>
      <h1>Glossary</h1>
      <p className="lede">
        Technical terms used by the case studies. Each lists the incidents that use it, by organisation and month.
      </p>
      {entries.length === 0 ? <p className="muted">No terms yet.</p> : <GlossaryList entries={entries} />}
    </>
  );
}
