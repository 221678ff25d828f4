import { z } from 'zod';
import { nearest } from './suggest';
import type { Taxonomy } from './read-taxonomy';

/** The kinds of id an incident may refer to. */
export type VocabularyKind = 'faultTypes' | 'goals' | 'challenges' | 'orgs' | 'terms' | 'technologies';

/**
 * The ids an incident may refer to, taken from the loaded taxonomy, by kind. A kind is undefined
 * when its file could not be read: its problem is reported once at that file, and references to
 * it are not checked (otherwise every incident would repeat it).
 */
export type Vocabulary = Record<VocabularyKind, ReadonlySet<string> | undefined>;

/** The vocabulary of a loaded taxonomy; `unreadable` names the kinds whose file gave no data. */
export function vocabularyOf(taxonomy: Taxonomy, unreadable: ReadonlySet<VocabularyKind> = new Set()): Vocabulary {
  const kinds: Record<VocabularyKind, string[]> = {
    faultTypes: taxonomy.classes.flatMap((c) => c.types.map((t) => t.id)),
    goals: taxonomy.goals.map((g) => g.id),
    challenges: taxonomy.challenges.map((c) => c.id),
    orgs: taxonomy.orgs.map((o) => o.id),
    terms: taxonomy.glossary.map((t) => t.id),
    technologies: taxonomy.technologies.map((t) => t.id),
  };
  const entries = Object.entries(kinds).map(([kind, ids]) => [kind, unreadable.has(kind as VocabularyKind) ? undefined : new Set(ids)]);
  return Object.fromEntries(entries) as Vocabulary;
}

/** Where each kind of id is defined, for hints. */
const DEFINED_IN = {
  faultTypes: ['a fault type', 'Fault types are defined in content/taxonomy/faults.yaml.'],
  goals: ['a goal', 'Goals are defined in content/taxonomy/goals.yaml.'],
  challenges: ['a challenge', 'Challenges are defined in content/taxonomy/challenges.yaml.'],
  orgs: ['an organisation id', 'Organisations are defined in content/orgs.yaml.'],
  terms: ['a glossary term', 'Glossary terms are files in content/glossary/.'],
  technologies: ['a technology', 'Technologies are defined in content/taxonomy/technologies.yaml.'],
} as const;

/**
 * A string that must be one of `ids` (the vocabulary's ids of one kind); failure names the nearest
 * valid id. With `asEnum` it is a plain enum instead (for generated JSON Schemas, where editors
 * offer the ids).
 */
export function vocabularyId(ids: ReadonlySet<string>, kind: VocabularyKind, asEnum = false) {
  if (asEnum && ids.size > 0) return z.enum([...ids] as [string, ...string[]]);
  const [expected, where] = DEFINED_IN[kind];
  return z.string().superRefine((value, ctx) => {
    if (ids.has(value)) return;
    const close = nearest(value, ids);
    const didYouMean = close ? `Did you mean "${close}"? ` : '';
    ctx.addIssue({
      code: 'custom',
      message: 'unknown-id',
      params: { expected, received: JSON.stringify(value), hint: `${didYouMean}${where}` },
    });
  });
}
