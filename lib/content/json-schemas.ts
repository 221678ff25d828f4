import { vocabularyOf } from './vocabulary';
import { z } from 'zod';
import { makeIncidentSchema } from './incident-schema';
import { bankFileSchema, learningGoalsFileSchema } from './quiz-schema';
import type { Taxonomy } from './read-taxonomy';
import { comparisonFileSchema } from './read-comparisons';
import { neverCiteFileSchema } from './source-rules';
import {
  challengesFileSchema,
  faultsFileSchema,
  glossaryTermSchema,
  goalsFileSchema,
  orgsFileSchema,
  technologiesFileSchema,
} from './taxonomy-schema';

/**
 * JSON Schemas for editors and other tools, generated from the zod schemas (never retyped): the
 * input side (`io: 'input'`), i.e. what a contributor writes. The incident schema is built from the
 * taxonomy, so fault types, goals, organisations … are offered as completions. Rules that need
 * more than one field (order, sources, profiles) stay in `npm run check`.
 */
export function contentJsonSchemas(taxonomy: Taxonomy): Record<string, { schema: z.ZodType; title: string; files: string[] }> {
  const vocab = vocabularyOf(taxonomy);
  return {
    incident: { schema: makeIncidentSchema(vocab, { idsAsEnums: true }), title: 'Faultline incident front matter', files: ['content/incidents/*.md (front matter)'] },
    faults: { schema: faultsFileSchema, title: 'Faultline fault taxonomy', files: ['content/taxonomy/faults.yaml'] },
    goals: { schema: goalsFileSchema, title: 'Faultline goals', files: ['content/taxonomy/goals.yaml'] },
    challenges: { schema: challengesFileSchema, title: 'Faultline challenges', files: ['content/taxonomy/challenges.yaml'] },
    technologies: { schema: technologiesFileSchema, title: 'Faultline technologies', files: ['content/taxonomy/technologies.yaml'] },
    orgs: { schema: orgsFileSchema, title: 'Faultline organisations', files: ['content/orgs.yaml'] },
    'glossary-term': { schema: glossaryTermSchema, title: 'Faultline glossary term', files: ['content/glossary/*.yaml'] },
    'quiz-bank': { schema: bankFileSchema, title: 'Faultline quiz questions', files: ['content/quiz/*.yaml'] },
    'learning-goals': { schema: learningGoalsFileSchema, title: 'Faultline learning goals', files: ['content/quiz/learning-goals.yaml'] },
    comparison: { schema: comparisonFileSchema, title: 'Faultline comparison', files: ['content/comparisons/*.yaml'] },
    'never-cite': { schema: neverCiteFileSchema, title: 'Faultline never-cite list', files: ['content/never-cite.yaml'] },
  };
}

/** One schema as the JSON text committed under schemas/. */
export function jsonSchemaText(schema: z.ZodType, title: string): string {
  const json = z.toJSONSchema(schema, {
    io: 'input',
    unrepresentable: 'any',
    target: 'draft-7',
    override: (ctx) => {
      // A bare year is written unquoted (`started: 2014`), which YAML reads as a number; the schema
      // turns it into text, so editors must accept both.
      const def = ctx.zodSchema._zod.def as { type: string; in?: { _zod: { def: { type: string } } } };
      if (def.type === 'pipe' && def.in?._zod.def.type === 'transform') {
        delete ctx.jsonSchema.type;
        ctx.jsonSchema.anyOf = [{ type: 'string' }, { type: 'integer' }];
      }
    },
  });
  return `${JSON.stringify({ ...json, title }, null, 2)}\n`;
}
