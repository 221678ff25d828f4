import type { WikiKind } from '../markdown/wiki-links';
import { problem, type Problem, type ProblemInit } from './problems';
import type { ParsedIncident } from './read-incident';
import type { Taxonomy } from './read-taxonomy';
import { nearest } from './suggest';

/** What a wiki-link of each kind (other than incident) may name, and where that is defined. */
/** Ids a wiki-link may name, by kind; undefined for a kind whose file could not be read (not checked). */
export type WikiTargets = Record<Exclude<WikiKind, 'incident'>, ReadonlySet<string> | undefined>;
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

type Rest = Omit<ProblemInit, 'file' | 'line' | 'column' | 'collection' | 'id'>;

/** Phase 2: checks that need every incident at once. */
export function checkCorpus(incidents: readonly ParsedIncident[], allIds: readonly string[], targets?: WikiTargets): Problem[] {
  const problems: Problem[] = [];
  const ids = new Set(allIds);
  const titles = new Map<string, string>();
  for (const inc of incidents) {
    const at = (p: readonly PropertyKey[], rest: Rest): Problem => problem({ file: inc.file, ...inc.locate(p), collection: 'incidents', id: inc.id, ...rest });
    const key = inc.frontMatter.title.trim().toLowerCase();
    const first = titles.get(key);
    if (first) problems.push(at(['title'], { rule: 'duplicate-title', path: 'title', expected: 'a title no other incident has', received: JSON.stringify(inc.frontMatter.title), hint: `${first} has the same title.` }));
    else titles.set(key, inc.id);

    inc.frontMatter.related.forEach((rel, i) => {
      if (rel === inc.id) problems.push(at(['related', i], { rule: 'related-self', path: `related[${i}]`, expected: "another incident's id", received: JSON.stringify(rel), hint: 'An incident cannot relate to itself.' }));
      else if (!ids.has(rel)) {
        const hint = `${close(rel, ids)}An incident's id is its file name without .md.`;
        problems.push(at(['related', i], { rule: 'related-unknown', path: `related[${i}]`, expected: 'the id of an incident in content/incidents/', received: JSON.stringify(rel), hint }));
      }
    });

    // Wiki-links are checked here because an incident may link to one read after it.
    for (const link of inc.wikiLinks) {
      const known = link.kind === 'incident' ? ids : targets?.[link.kind];
      if (!known || known.has(link.id)) continue;
      problems.push(
        problem({
          rule: 'wiki-link-unknown',
          file: inc.file,
          line: link.line,
          column: link.column,
          collection: 'incidents',
          id: inc.id,
          path: 'body',
          expected: `a wiki-link to an existing ${link.kind}`,
          received: JSON.stringify(`[[${link.kind === 'incident' ? '' : `${link.kind}:`}${link.id}]]`),
          hint: `${close(link.id, known)}${DEFINED_IN[link.kind]}`,
        }),
      );
    }
  }
  return problems;
}

/**
 * A fault type no incident uses says why (`unusedReason`), and one that is used carries no stale
 * reason. Run only when every incident was read, or a broken file would make its types look unused.
 */
export function checkFaultTypeUse(
  taxonomy: Taxonomy,
  incidents: readonly ParsedIncident[],
  faultsFile: string,
  locate: (path: readonly PropertyKey[]) => { line: number; column: number },
): Problem[] {
  const used = new Set(incidents.flatMap((i) => i.frontMatter.faults.map((f) => f.type)));
  const problems: Problem[] = [];
  taxonomy.classes.forEach((c, i) =>
    c.types.forEach((t, j) => {
      const at = (p: PropertyKey[], rest: Rest) => problem({ file: faultsFile, ...locate(p), collection: 'taxonomy', id: `fault type ${t.id}`, ...rest });
      if (!used.has(t.id) && !t.unusedReason) {
        problems.push(at(['classes', i, 'types', j, 'id'], { rule: 'unused-fault-type', path: `classes[${i}].types[${j}].unusedReason`, expected: 'a reason why no incident uses this fault type', received: 'nothing', hint: 'Tag an incident with it, or add unusedReason: to the type.' }));
      } else if (used.has(t.id) && t.unusedReason) {
        const users = incidents.filter((inc) => inc.frontMatter.faults.some((f) => f.type === t.id)).map((inc) => inc.id);
        problems.push(at(['classes', i, 'types', j, 'unusedReason'], { rule: 'stale-unused-reason', path: `classes[${i}].types[${j}].unusedReason`, expected: 'no unusedReason on a fault type that incidents use', received: JSON.stringify(t.unusedReason.slice(0, 60)), hint: `Used by ${users.slice(0, 3).join(', ')}${users.length > 3 ? ' …' : ''}; remove the reason.` }));
      }
    }),
  );
  return problems;
}
