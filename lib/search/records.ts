import type { Incident } from '../content';
import { formatPartialDate } from '../content/dates';
import type { Corpus } from '../corpus';
import type { Technology } from '../content/taxonomy-schema';
import type { CoreFile, SearchRecord, SearchTerm, TextFile } from './schema';

/** Most words of a summary a search record carries (the whole summary is in the body text). */
export const LEAD_WORDS = 30;

/** A summary's first sentence, cut at LEAD_WORDS words with "…" when longer. */
function leadOf(summary: string): string {
  const first = /^.*?[.!?](?=\s|$)/s.exec(summary)?.[0] ?? summary;
  const words = first.trim().split(/\s+/);
  return words.length <= LEAD_WORDS ? first.trim() : `${words.slice(0, LEAD_WORDS).join(' ')} …`;
}

/** The search record of one incident (no body text: that goes to the body index and text files). */
function toSearchRecord(inc: Incident): SearchRecord {
  return {
    id: inc.id,
    title: inc.title,
    lead: leadOf(inc.summary),
    date: formatPartialDate(inc.started),
    year: Number(inc.started.at.slice(0, 4)),
    orgs: inc.orgs.map((o) => o.id),
    scope: inc.scope,
    propagation: inc.propagation,
    faults: inc.faults.map((f) => ({ type: f.type, role: f.role })),
    goals: inc.goals.map((g) => g.id),
    challenges: inc.challenges.map((c) => c.id),
    technologies: [...inc.technologies],
    terms: [...inc.terms],
  };
}

/**
 * All of an incident's prose: the whole summary, the body, then the reasons given for its
 * tags, its impact, detection, timeline and action items — so "why it matched" can point at them.
 */
export function incidentText(inc: Incident): string {
  const parts = [
    inc.summary,
    inc.bodyText,
    inc.impactNote,
    inc.detection.text,
    ...inc.faults.map((f) => f.why),
    ...inc.goals.map((g) => g.why),
    ...inc.challenges.map((c) => c.why),
    ...inc.timeline.map((t) => t.text),
    ...inc.actionItems.map((a) => a.text),
  ];
  return parts
    .filter((p): p is string => Boolean(p))
    .map((p) => p.trim())
    .join(' ');
}

/** What the search files are built from: the corpus and the technology vocabulary. */
export type SearchSource = Pick<Corpus, 'incidents' | 'tax' | 'glossary'> & { technologies: readonly Technology[] };

/** The site's vocabulary: fault classes and types, goals, challenges, technologies, glossary terms. */
function searchTerms(corpus: SearchSource): SearchTerm[] {
  const { tax } = corpus;
  return [
    ...tax.classes.flatMap((c): SearchTerm[] => [
      { kind: 'fault-class', id: c.id, name: c.name, aka: [] },
      ...c.types
        .filter((t) => !t.deprecated)
        .map((t): SearchTerm => ({ kind: 'fault-type', id: t.id, name: t.name, aka: t.aka, parent: c.id })),
    ]),
    ...[...tax.goalById.values()].map((g): SearchTerm => ({ kind: 'goal', id: g.id, name: g.name, aka: [] })),
    ...[...tax.challengeById.values()].map((c): SearchTerm => ({ kind: 'challenge', id: c.id, name: c.name, aka: [] })),
    ...corpus.technologies.map((t): SearchTerm => ({ kind: 'technology', id: t.id, name: t.name, aka: t.aka })),
    ...corpus.glossary.map((g): SearchTerm => ({ kind: 'glossary', id: g.id, name: g.term, aka: g.aka })),
  ];
}

/** The core search file for a corpus: records newest first, taxonomy terms and organisation names. */
export function buildCoreFile(corpus: SearchSource): CoreFile {
  const used = new Set(corpus.incidents.flatMap((i) => i.orgs.map((o) => o.id)));
  return {
    version: 3,
    records: corpus.incidents.map(toSearchRecord),
    terms: searchTerms(corpus),
    orgs: [...corpus.tax.orgById.values()].filter((o) => used.has(o.id)).map((o) => ({ id: o.id, name: o.name })),
  };
}

/** The per-incident text files. */
export function buildTextFiles(incidents: readonly Incident[]): TextFile[] {
  return incidents.map((inc) => ({ id: inc.id, text: incidentText(inc) }));
}
