/**
 * Seeded synthetic search corpora for the bench: records and ~1,500-word texts whose words are
 * drawn with the real corpus's word frequencies, tags drawn from the real taxonomy.
 */
import { makeRng } from '../../lib/random/seeded';
import { LEAD_WORDS } from '../../lib/search/records';
import type { CoreFile, SearchRecord, SearchTerm } from '../../lib/search/schema';

/** Samples words in proportion to how often they occur in the given texts. */
function wordSampler(texts: readonly string[], rand: () => number): (n: number) => string {
  const freq = new Map<string, number>();
  for (const t of texts)
    for (const w of t.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu) ?? []) freq.set(w, (freq.get(w) ?? 0) + 1);
  const words = [...freq.keys()];
  const cumulative: number[] = [];
  let total = 0;
  for (const w of words) cumulative.push((total += freq.get(w)!));
  const pick = () => {
    const x = rand() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return words[lo]!;
  };
  return (n) => Array.from({ length: n }, pick).join(' ');
}

const SCOPES = ['process', 'node', 'rack', 'zone-or-datacenter', 'region', 'global'];
const PROPAGATION = ['contained', 'cascading', 'metastable', 'cross-service'];
const ROLES = ['trigger', 'root', 'contributing'] as const;

/**
 * `count` synthetic incidents (plus the real ones, so the fixed queries have true targets),
 * their texts, and the records and vocabulary the search files are built from.
 */
export function syntheticCorpus(
  real: CoreFile,
  realTexts: readonly { id: string; text: string }[],
  count: number,
  seed: number,
  bodyWords = 1500,
) {
  const rand = makeRng(seed);
  const words = wordSampler([...realTexts.map((t) => t.text), ...real.records.map((r) => r.title)], rand);
  const some = <T>(list: readonly T[], min: number, max: number): T[] => {
    const n = min + Math.floor(rand() * (max - min + 1));
    return [...new Set(Array.from({ length: n }, () => list[Math.floor(rand() * list.length)]!))];
  };
  const of = (kind: SearchTerm['kind']) => real.terms.filter((t) => t.kind === kind).map((t) => t.id);
  const [types, goals, challenges, orgs] = [of('fault-type'), of('goal'), of('challenge'), real.orgs.map((o) => o.id)];
  const [techs, glossary] = [of('technology'), of('glossary')];
  const records: SearchRecord[] = [...real.records];
  const texts = [...realTexts];
  for (let i = records.length; i < count; i++) {
    const year = 2005 + Math.floor(rand() * 20);
    records.push({
      id: `synthetic-${i}`,
      title: words(6 + Math.floor(rand() * 6)),
      lead: `${words(LEAD_WORDS)} …`,
      date: String(year),
      year,
      orgs: some(orgs, 1, 2),
      scope: SCOPES[Math.floor(rand() * SCOPES.length)]!,
      propagation: some(PROPAGATION, 1, 2),
      faults: some(types, 2, 5).map((type, j) => ({ type, role: j < 2 ? ROLES[j]! : 'contributing' })),
      goals: some(goals, 1, 3),
      challenges: some(challenges, 0, 2),
      technologies: some(techs, 0, 3),
      terms: some(glossary, 0, 4),
    });
    // The text starts with the whole summary (55–85 words, as real ones run), as incidentText does.
    texts.push({
      id: `synthetic-${i}`,
      text: words(bodyWords - 150 + Math.floor(rand() * 300) + 55 + Math.floor(rand() * 30)),
    });
  }
  const core: CoreFile = { ...real, records: records.slice(0, Math.max(count, real.records.length)) };
  return { core, texts: texts.slice(0, core.records.length) };
}
