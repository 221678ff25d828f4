/**
 * `npm run schemas`: writes schemas/<name>.schema.json from the zod schemas (the content files'
 * editors use them through .vscode/settings.json). `-- --check` exits 1 when a file is out of date.
 */
import fs from 'node:fs';
import path from 'node:path';
import { loadContent } from '../lib/content';
import { contentJsonSchemas, jsonSchemaText } from '../lib/content/json-schemas';

const { content } = loadContent(undefined, { render: false });
if (!content) {
  console.error('Content has problems; run npm run check first.');
  process.exit(1);
}
const check = process.argv.includes('--check');
const stale: string[] = [];
for (const [name, { schema, title }] of Object.entries(contentJsonSchemas(content.taxonomy))) {
  const file = path.join('schemas', `${name}.schema.json`);
  const text = jsonSchemaText(schema, title);
  if (check) {
    if (!fs.existsSync(file) || fs.readFileSync(file, 'utf8') !== text) stale.push(file);
  } else {
    fs.mkdirSync('schemas', { recursive: true });
    fs.writeFileSync(file, text);
  }
}
if (stale.length) {
  console.error(`Out of date: ${stale.join(', ')}. Run npm run schemas.`);
  process.exit(1);
}
console.log(check ? 'Schemas are up to date.' : 'Wrote schemas/.');
