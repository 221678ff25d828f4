import fs from 'node:fs';
import path from 'node:path';
import { contentJsonSchemas, jsonSchemaText } from '../content/json-schemas';
import type { Taxonomy } from '../content/read-taxonomy';
import { replaceGenerated, schemaFieldTable } from './schema-doc';
import { PUBLISHED_DATA, publishedJsonSchema } from './schemas';

/** The committed JSON Schema file of a published data file (also served beside the data). */
function dataSchemaText(name: keyof typeof PUBLISHED_DATA): string {
  return `${JSON.stringify(publishedJsonSchema(name), null, 2)}\n`;
}

/**
 * Every file generated from the zod schemas, by path from the project root: the editors' content
 * schemas, the published data schemas and docs/data.md with its field tables regenerated.
 * `npm run schemas` writes them; a unit test fails when a committed one differs.
 */
export function generatedFiles(taxonomy: Taxonomy, root = process.cwd()): Record<string, string> {
  const files: Record<string, string> = {};
  for (const [name, { schema, title }] of Object.entries(contentJsonSchemas(taxonomy))) {
    files[`schemas/${name}.schema.json`] = jsonSchemaText(schema, title);
  }
  let doc = fs.readFileSync(path.join(root, 'docs/data.md'), 'utf8');
  for (const name of Object.keys(PUBLISHED_DATA) as (keyof typeof PUBLISHED_DATA)[]) {
    files[`schemas/data-${name}.schema.json`] = dataSchemaText(name);
    doc = replaceGenerated(doc, `${name}-fields`, schemaFieldTable(publishedJsonSchema(name)));
  }
  files['docs/data.md'] = doc;
  return files;
}
