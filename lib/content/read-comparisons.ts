import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { problem, type Problem } from './problems';
import { readYamlFile } from './read-yaml-file';
import { KEBAB_ID, idSchema } from './taxonomy-schema';

/** Where a comparison is shown: the page of a fault type or class, or of a technology. */
const COMPARISON_TARGETS = ['fault', 'technology'] as const;

/**
 * content/comparisons/<id>.yaml: what two or more incidents that share one mechanism have in common.
 * `common` is plain prose whose `[[incident-id]]` wiki-links cite each incident's own page.
 */
export const comparisonFileSchema = z.strictObject({
  name: z.string().trim().min(1),
  attachTo: z.strictObject({ kind: z.enum(COMPARISON_TARGETS), id: idSchema }),
  incidents: z.array(idSchema).min(2),
  common: z.string().trim().min(1),
});

/** One validated comparison, with its id (the file name). */
export type Comparison = z.infer<typeof comparisonFileSchema> & { id: string; file: string };

/** What the corpus must offer for a comparison to be valid: incident tags and the tag vocabularies. */
export interface ComparisonTargets {
  /** Every incident file's id, read or not. */
  incidentIds: ReadonlySet<string>;
  /** Incident id → its fault types (and their classes) and technologies; only incidents that read cleanly. */
  incidentTags: ReadonlyMap<string, { faults: ReadonlySet<string>; technologies: ReadonlySet<string> }>;
  /** Undefined when faults.yaml could not be read (its problem is reported there, once). */
  faultIds: ReadonlySet<string> | undefined;
  /** Undefined when technologies.yaml could not be read. */
  technologyIds: ReadonlySet<string> | undefined;
}

const WIKI_LINK = /\[\[([^\]]*)\]\]/g;

/**
 * Reads content/comparisons/*.yaml and checks each against the corpus: the target tag exists, every
 * listed incident exists and carries that tag, and the prose links every listed incident and no other.
 */
export function readComparisons(
  contentDir: string,
  rel: (abs: string) => string,
  targets: ComparisonTargets,
): { comparisons: Comparison[]; problems: Problem[]; files: number } {
  const dir = path.join(contentDir, 'comparisons');
  const problems: Problem[] = [];
  const comparisons: Comparison[] = [];
  if (!fs.existsSync(dir)) return { comparisons, problems, files: 0 };
  const names = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort();
  for (const name of names) {
    const id = path.basename(name, '.yaml');
    const file = rel(path.join(dir, name));
    const result = readYamlFile(file, fs.readFileSync(path.join(dir, name), 'utf8'), comparisonFileSchema, 'comparisons', id);
    problems.push(...result.problems);
    const at = (field: (string | number)[], expected: string, received: string, hint?: string) =>
      problems.push(
        problem({
          rule: field.length === 0 ? 'file-name' : 'comparison',
          file,
          ...result.yaml.locate(field),
          collection: 'comparisons',
          id,
          path: field.map((k, i) => (typeof k === 'number' ? `[${k}]` : i ? `.${k}` : k)).join(''),
          expected,
          received,
          hint,
        }),
      );
    if (!KEBAB_ID.test(id)) at([], 'a kebab-case file name', JSON.stringify(name));
    const data = result.data;
    if (!data) continue;
    const { kind, id: tag } = data.attachTo;
    const known = kind === 'fault' ? targets.faultIds : targets.technologyIds;
    if (known && !known.has(tag)) {
      const where = kind === 'fault' ? 'content/taxonomy/faults.yaml' : 'content/taxonomy/technologies.yaml';
      at(['attachTo', 'id'], `a ${kind === 'fault' ? 'fault type or class' : 'technology'} id`, JSON.stringify(tag), `They are defined in ${where}.`);
    }
    data.incidents.forEach((incident, i) => {
      if (!targets.incidentIds.has(incident)) return at(['incidents', i], 'the id of an incident in content/incidents/', JSON.stringify(incident));
      // An incident with problems of its own is reported at its file; its tags are not known here.
      const tags = targets.incidentTags.get(incident);
      if (!tags) return;
      const carries = kind === 'fault' ? tags.faults.has(tag) : tags.technologies.has(tag);
      if (!carries)
        at(
          ['incidents', i],
          `an incident tagged with the ${kind} "${tag}" this comparison is attached to`,
          JSON.stringify(incident),
          `Tag the incident, or attach the comparison to a ${kind} every listed incident carries.`,
        );
    });
    const linked = [...data.common.matchAll(WIKI_LINK)].map((m) => m[1] ?? '');
    for (const target of linked)
      if (!data.incidents.includes(target))
        at(['common'], 'wiki-links only to the incidents listed in incidents', `[[${target}]]`);
    for (const [i, incident] of data.incidents.entries())
      if (!linked.includes(incident))
        at(['incidents', i], 'each listed incident linked from the prose as [[id]], so the claim about it is cited', JSON.stringify(incident));
    comparisons.push({ ...data, id, file });
  }
  return { comparisons, problems, files: names.length };
}
