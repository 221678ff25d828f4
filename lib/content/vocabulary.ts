import { z } from 'zod';
import { nearest } from './suggest';
import type { Taxonomy } from './read-taxonomy';

/** The ids an incident may refer to, taken from the loaded taxonomy. */
export interface Vocabulary {
  faultTypes: ReadonlySet<string>;
  goals: ReadonlySet<string>;
  challenges: ReadonlySet<string>;
  orgs: ReadonlySet<string>;
  terms: ReadonlySet<string>;
  technologies: ReadonlySet<string>;
}

/** The vocabulary of a loaded taxonomy: every id an incident may refer to, by kind. */
export function vocabularyOf(taxonomy: Taxonomy): Vocabulary {
  return {
    faultTypes: new Set(taxonomy.classes.flatMap((c) => c.types.map((t) => t.id))),
    goals: new Set(taxonomy.goals.map((g) => g.id)),
    challenges: new Set(taxonomy.challenges.map((c) => c.id)),
    orgs: new Set(taxonomy.orgs.map((o) => o.id)),
    terms: new Set(taxonomy.glossary.map((t) => t.id)),
    technologies: new Set(taxonomy.technologies.map((t) => t.id)),
  };
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
 * A string that must be one of the vocabulary's ids; failure names the nearest valid id. With
 * `asEnum` it is a plain enum instead (for generated JSON Schemas, where editors offer the ids).
 */
export function vocabularyId(vocab: Vocabulary, kind: keyof Vocabulary, asEnum = false) {
  if (asEnum && vocab[kind].size > 0) return z.enum([...vocab[kind]] as [string, ...string[]]);
  const [expected, where] = DEFINED_IN[kind];
  return z.string().superRefine((value, ctx) => {
    if (vocab[kind].has(value)) return;
    const close = nearest(value, vocab[kind]);
    const didYouMean = close ? `Did you mean "${close}"? ` : '';
    ctx.addIssue({
      code: 'custom',
      message: 'unknown-id',
      params: { expected, received: JSON.stringify(value), hint: `${didYouMean}${where}` },
    });
  });
}
