import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { formatPath, problem, type Problem } from './problems';
import type { VocabularyKind } from './vocabulary';
import { readYamlFile } from './read-yaml-file';
import {
  challengesFileSchema,
  faultsFileSchema,
  glossaryTermSchema,
  goalsFileSchema,
  KEBAB_ID,
  orgsFileSchema,
  technologiesFileSchema,
  type Challenge,
  type FaultClass,
  type Goal,
  type Org,
  type Technology,
} from './taxonomy-schema';

/** A glossary term with its id (the file name). */
type GlossaryTerm = z.infer<typeof glossaryTermSchema> & { id: string };

/** Everything the incident schema is built from. */
export interface Taxonomy {
  version: string;
  classes: FaultClass[];
  goals: Goal[];
  challenges: Challenge[];
  orgs: Org[];
  technologies: Technology[];
  glossary: GlossaryTerm[];
}

/** Reads the taxonomy, organisations and glossary; ids must be unique across all taxonomy files. */
export function readTaxonomy(
  contentDir: string,
  rel: (abs: string) => string,
): {
  taxonomy: Taxonomy;
  problems: Problem[];
  files: number;
  faultsLocate: (path: readonly PropertyKey[]) => { line: number; column: number };
  /** Kinds of id whose file gave no data: references to them cannot be checked. */
  unreadable: Set<VocabularyKind>;
} {
  const problems: Problem[] = [];
  const read = <S extends z.ZodType>(name: string, schema: S, collection: string) => {
    const abs = path.join(contentDir, name);
    const text = fs.existsSync(abs) ? fs.readFileSync(abs, 'utf8') : '';
    const result = readYamlFile(rel(abs), text, schema, collection, path.basename(name, '.yaml'));
    problems.push(...result.problems);
    return result;
  };
  const faults = read('taxonomy/faults.yaml', faultsFileSchema, 'taxonomy');
  const goals = read('taxonomy/goals.yaml', goalsFileSchema, 'taxonomy');
  const challenges = read('taxonomy/challenges.yaml', challengesFileSchema, 'taxonomy');
  const orgs = read('orgs.yaml', orgsFileSchema, 'orgs');
  const technologies = read('taxonomy/technologies.yaml', technologiesFileSchema, 'taxonomy');
  const unreadable = new Set<VocabularyKind>();
  if (!faults.data) unreadable.add('faultTypes');
  if (!goals.data) unreadable.add('goals');
  if (!challenges.data) unreadable.add('challenges');
  if (!orgs.data) unreadable.add('orgs');
  if (!technologies.data) unreadable.add('technologies');

  const glossary: GlossaryTerm[] = [];
  const glossaryDir = path.join(contentDir, 'glossary');
  const glossaryFiles = fs.existsSync(glossaryDir) ? fs.readdirSync(glossaryDir).filter((f) => f.endsWith('.yaml')).sort() : [];
  for (const name of glossaryFiles) {
    const id = path.basename(name, '.yaml');
    const abs = path.join(glossaryDir, name);
    const result = readYamlFile(rel(abs), fs.readFileSync(abs, 'utf8'), glossaryTermSchema, 'glossary', id);
    if (!KEBAB_ID.test(id)) result.problems.push(problem({ rule: 'file-name', file: rel(abs), line: 1, column: 1, collection: 'glossary', id, path: '', expected: 'a kebab-case file name', received: JSON.stringify(name) }));
    problems.push(...result.problems);
    if (result.data) glossary.push({ id, ...result.data });
    else unreadable.add('terms');
  }

  // Taxonomy ids share one namespace (a fault class, type, goal and challenge can never clash),
  // because term pages and quiz topics address them by id alone.
  const seen = new Map<string, string>();
  const claim = (id: string, where: string, file: string, locatePath: PropertyKey[], locate: ((p: readonly PropertyKey[]) => { line: number; column: number }) | undefined) => {
    const first = seen.get(id);
    if (first) {
      const pos = locate?.(locatePath) ?? { line: 1, column: 1 };
      problems.push(problem({ rule: 'taxonomy-id-reused', file, ...pos, collection: 'taxonomy', id: where, path: formatPath(locatePath), expected: 'an id used once across the taxonomy', received: JSON.stringify(id), hint: `It is already used by ${first}.` }));
    } else seen.set(id, where);
  };
  const fFile = rel(path.join(contentDir, 'taxonomy/faults.yaml'));
  faults.data?.classes.forEach((c, i) => {
    claim(c.id, `fault class ${c.id}`, fFile, ['classes', i, 'id'], faults.yaml.locate);
    c.types.forEach((t, j) => claim(t.id, `fault type ${t.id}`, fFile, ['classes', i, 'types', j, 'id'], faults.yaml.locate));
  });
  goals.data?.goals.forEach((g, i) => claim(g.id, `goal ${g.id}`, rel(path.join(contentDir, 'taxonomy/goals.yaml')), ['goals', i, 'id'], goals.yaml.locate));
  challenges.data?.challenges.forEach((c, i) => claim(c.id, `challenge ${c.id}`, rel(path.join(contentDir, 'taxonomy/challenges.yaml')), ['challenges', i, 'id'], challenges.yaml.locate));
  const orgIds = new Set<string>();
  orgs.data?.organisations.forEach((o, i) => {
    if (orgIds.has(o.id)) {
      problems.push(problem({ rule: 'org-id-reused', file: rel(path.join(contentDir, 'orgs.yaml')), ...orgs.yaml.locate(['organisations', i, 'id']), collection: 'orgs', id: o.id, path: `organisations[${i}].id`, expected: 'an organisation id used once', received: JSON.stringify(o.id) }));
    }
    orgIds.add(o.id);
  });

  return {
    taxonomy: {
      version: faults.data?.version ?? '0.0.0',
      classes: faults.data?.classes ?? [],
      goals: goals.data?.goals ?? [],
      challenges: challenges.data?.challenges ?? [],
      orgs: orgs.data?.organisations ?? [],
      technologies: technologies.data?.technologies ?? [],
      glossary,
    },
    problems,
    files: 5 + glossaryFiles.length,
    faultsLocate: faults.yaml.locate,
    unreadable,
  };
}
