import { FIELD_LABELS } from './config';
import type { Engine } from './engine';
import { tokenize } from './normalize';
import { hitFields, hitWords, type Hit } from './query';

/**
 * Why a result matched, in words: the fields that matched and, for tags, which ones —
 * e.g. ["title", "fault type: Resource exhaustion (root)", "body text"].
 */
export function whyMatched(engine: Engine, hit: Hit): string[] {
  const words = hitWords(hit);
  const hasWord = (text: string) => tokenize(text).some((w) => words.has(w));
  const out: string[] = [];
  for (const field of hitFields(hit)) {
    if (field === 'faults' || field === 'faultText') {
      const read = (id: string) => {
        const t = engine.termById.get(id);
        return t ? (field === 'faults' ? t.name : t.definition) : '';
      };
      const tags = hit.record.faults.filter(
        (f) => hasWord(read(f.type)) || hasWord(read(engine.termById.get(f.type)?.parent ?? '')),
      );
      const names = [...new Set(tags.map((f) => `${engine.termById.get(f.type)?.name ?? f.type} (${f.role})`))];
      out.push(names.length ? `${FIELD_LABELS[field]}: ${names.join(', ')}` : FIELD_LABELS[field]);
    } else if (field === 'goals' || field === 'challenges') {
      const ids = field === 'goals' ? hit.record.goals : hit.record.challenges;
      const names = ids.map((id) => engine.termById.get(id)?.name ?? id).filter(hasWord);
      out.push(names.length ? `${FIELD_LABELS[field]}: ${names.join(', ')}` : FIELD_LABELS[field]);
    } else if (field === 'orgs') {
      const names = hit.record.orgs.map((id) => engine.orgName.get(id) ?? id).filter(hasWord);
      out.push(names.length ? `${FIELD_LABELS[field]}: ${names.join(', ')}` : FIELD_LABELS[field]);
    } else {
      out.push(FIELD_LABELS[field]);
    }
  }
  return out;
}
