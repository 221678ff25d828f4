/**
 * `npm run schemas`: writes every file generated from the zod schemas (lib/data/generated-files.ts):
 * schemas/*.schema.json (editors use the content ones through .vscode/settings.json; the data-*
 * ones describe /data/*.json) and the field tables in docs/data.md. `-- --check` exits 1 when a
 * committed file is out of date.
 */
import fs from 'node:fs';
import path from 'node:path';
import { loadContent } from '../lib/content';
import { generatedFiles } from '../lib/data/generated-files';

const { content } = loadContent(undefined, { render: false });
if (!content) {
  console.error('Content has problems; run npm run check first.');
  process.exit(1);
}
const check = process.argv.includes('--check');
const stale: string[] = [];
for (const [file, text] of Object.entries(generatedFiles(content.taxonomy))) {
  const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined;
  if (current === text) continue;
  if (check) stale.push(file);
  else {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
  }
}
if (stale.length) {
  console.error(`Out of date: ${stale.join(', ')}. Run npm run schemas.`);
  process.exit(1);
}
console.log(check ? 'Generated files are up to date.' : 'Wrote schemas/ and docs/data.md.');
