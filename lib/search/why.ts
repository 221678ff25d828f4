import { FIELD_LABELS } from './config';
import { recordOf, termKey, type Engine } from './engine';
import { indexTokens } from './normalize';
import { hitFields, hitWords, type Hit } from './query';
import type { SearchTerm } from './schema';

// The vocabulary's names are few and fixed, and every shown result asks for their tokens again.
const nameTokens = new Map<string, string[]>();
function tokensOf(name: string): string[] {
  let t = nameTokens.get(name);
  if (!t) nameTokens.set(name, (t = indexTokens(name)));
  return t;
}

/**
 * Why a result matched, in words: the fields that matched and, for tags, which ones —
 * e.g. ["title", "fault type: Resource exhaustion (root)", "technology: DNS", "body text"].
 */
export function whyMatched(engine: Pick<Engine, 'termById' | 'orgName' | 'records'>, hit: Hit): string[] {
  const words = hitWords(hit);
  // A tag matched when one of its names (or other names) holds a matched word.
  const hasWord = (t: SearchTerm | undefined) =>
    t !== undefined && [t.name, ...t.aka].some((n) => tokensOf(n).some((w) => words.has(w)));
  const r = recordOf(engine, hit.id);
  const out: string[] = [];
  const list = (label: string, names: string[]) => out.push(names.length ? `${label}: ${names.join(', ')}` : label);
  for (const field of hitFields(hit)) {
    const label = FIELD_LABELS[field];
    switch (field) {
      case 'faults':
      case 'contributing': {
        const tags = r.faults.filter((f) => {
          if ((f.role === 'contributing') !== (field === 'contributing')) return false;
          const type = engine.termById.get(f.type);
          return hasWord(type) || hasWord(engine.termById.get(type?.parent ?? ''));
        });
        list(label, [...new Set(tags.map((f) => `${engine.termById.get(f.type)?.name ?? f.type} (${f.role})`))]);
        break;
      }
      case 'techs':
      case 'terms': {
        const kind = field === 'techs' ? 'technology' : 'glossary';
        const ids = field === 'techs' ? r.technologies : r.terms;
        const terms = ids.map((id) => engine.termById.get(termKey(kind, id))).filter(hasWord);
        list(
          label,
          terms.map((t) => t!.name),
        );
        break;
      }
      case 'goals':
      case 'challenges': {
        const ids = field === 'goals' ? r.goals : r.challenges;
        list(
          label,
          ids
            .map((id) => engine.termById.get(id))
            .filter(hasWord)
            .map((t) => t!.name),
        );
        break;
      }
      case 'orgs': {
        const names = r.orgs.map((id) => engine.orgName.get(id) ?? id);
        list(
          label,
          names.filter((n) => tokensOf(n).some((w) => words.has(w))),
        );
        break;
      }
      default:
        out.push(label);
    }
  }
  return out;
}
