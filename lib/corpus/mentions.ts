import type { Incident } from '../content/load';
import { wikiKey } from '../markdown/wiki-links';

/** Back-links: for every wiki-link target ("incident:x", "fault:y", "goal:z"), the incidents whose body mentions it. */
export function mentionsByTarget(incidents: readonly Incident[]): Map<string, Incident[]> {
  const out = new Map<string, Incident[]>();
  for (const inc of incidents) {
    for (const m of inc.mentions) {
      const key = wikiKey(m.kind, m.id);
      const list = out.get(key) ?? [];
      if (inc.id !== m.id || m.kind !== 'incident') list.push(inc);
      out.set(key, list);
    }
  }
  return out;
}
