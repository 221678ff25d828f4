import { Ajv, type ValidateFunction } from 'ajv';
import { PUBLISHED_DATA, publishedJsonSchema, type IncidentsFile, type TaxonomyFile } from './schemas';

// Formats (uri) are not checked: ajv needs a plugin for them, and the zod schema already checked each URL.
const ajv = new Ajv({ allErrors: true, strict: true, validateFormats: false });
const validators = new Map<keyof typeof PUBLISHED_DATA, ValidateFunction>();

/**
 * Checks a published file's JSON against its generated JSON Schema, the contract readers get;
 * returns it typed, or throws naming every place that breaks the schema.
 */
function check<T>(name: keyof typeof PUBLISHED_DATA, json: unknown): T {
  let validate = validators.get(name);
  if (!validate) validators.set(name, (validate = ajv.compile(publishedJsonSchema(name))));
  if (!validate(json)) {
    const where = (validate.errors ?? []).slice(0, 10).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`);
    throw new Error(`${PUBLISHED_DATA[name].path} breaks its published schema: ${where.join('; ')}`);
  }
  return json as T;
}

/** /data/incidents.json checked against its published JSON Schema; throws on any mismatch. */
export const checkIncidentsFile = (json: unknown): IncidentsFile => check<IncidentsFile>('incidents', json);
/** /data/taxonomy.json checked against its published JSON Schema; throws on any mismatch. */
export const checkTaxonomyFile = (json: unknown): TaxonomyFile => check<TaxonomyFile>('taxonomy', json);
