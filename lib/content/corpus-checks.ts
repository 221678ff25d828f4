import type { Problem } from './problems';
import type { WikiKind } from '../markdown/wiki-links';
import { nearest } from './suggest';
import type { ParsedIncident } from './read-incident';

/** What a wiki-link of each kind (other than incident) may name, and where that is defined. */
export type WikiTargets = Record<Exclude<WikiKind, 'incident'>, ReadonlySet<string>>;
const DEFINED_IN: Record<WikiKind, string> = {
  incident: 'Incidents are the files in content/incidents/; for a fault, goal or challenge write [[fault:id]], [[goal:id]] or [[challenge:id]].',
  fault: 'Fault classes and types are defined in content/taxonomy/faults.yaml.',
  goal: 'Goals are defined in content/taxonomy/goals.yaml.',
  challenge: 'Challenges are defined in content/taxonomy/challenges.yaml.',
};

/** "Did you mean …?" for a misspelt wiki-link target, or nothing when no id is close. */
function close(id: string, known: ReadonlySet<string>): string {
  const near = nearest(id, known);
  return near ? `Did you mean "${near}"? ` : '';
}

/** Phase 2: checks that need every incident at once. */
export function checkCorpus(incidents: readonly ParsedIncident[], allIds: readonly string[], targets?: WikiTargets): Problem[] {
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

    // Wiki-links are checked here because an incident may link to one read after it.
    for (const link of inc.wikiLinks) {
      const known = link.kind === 'incident' ? ids : targets?.[link.kind];
      if (!known || known.has(link.id)) continue;
      problems.push({
        file: inc.file, line: link.line, column: link.column, collection: 'incidents', id: inc.id, path: 'body',
        expected: `a wiki-link to an existing ${link.kind}`, received: JSON.stringify(`[[${link.kind === 'incident' ? '' : `${link.kind}:`}${link.id}]]`),
        hint: `${close(link.id, known)}${DEFINED_IN[link.kind]}`,
      });
    }
  }
  return problems;
}
