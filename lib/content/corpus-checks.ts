import type { Problem } from './problems';
import { nearest } from './suggest';
import type { ParsedIncident } from './read-incident';

/** Phase 2: checks that need every incident at once. */
export function checkCorpus(incidents: readonly ParsedIncident[], allIds: readonly string[]): Problem[] {
  const problems: Problem[] = [];
  const ids = new Set(allIds);
  const titles = new Map<string, string>();
  for (const inc of incidents) {
    const at = (p: readonly PropertyKey[], rest: Pick<Problem, 'path' | 'expected' | 'received' | 'hint'>): Problem =>
      ({ file: inc.file, ...inc.locate(p), collection: 'incidents', id: inc.id, ...rest });
    const key = inc.frontMatter.title.trim().toLowerCase();
    const first = titles.get(key);
    if (first) problems.push(at(['title'], { path: 'title', expected: 'a title no other incident has', received: JSON.stringify(inc.frontMatter.title), hint: `${first} has the same title.` }));
    else titles.set(key, inc.id);

    inc.frontMatter.related.forEach((rel, i) => {
      if (rel === inc.id) problems.push(at(['related', i], { path: `related[${i}]`, expected: 'another incident\'s id', received: JSON.stringify(rel), hint: 'An incident cannot relate to itself.' }));
      else if (!ids.has(rel)) {
        const close = nearest(rel, ids);
        const hint = `${close ? `Did you mean "${close}"? ` : ''}An incident's id is its file name without .md.`;
        problems.push(at(['related', i], { path: `related[${i}]`, expected: 'the id of an incident in content/incidents/', received: JSON.stringify(rel), hint }));
      }
    });
  }
  return problems;
}
