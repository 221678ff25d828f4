/**
 * `npm run new-incident -- <id>`: writes content/incidents/<id>.md with every field and section,
 * ready to fill in. Refuses an id that is not kebab-case or already exists.
 */
import fs from 'node:fs';
import path from 'node:path';
import { contentDir } from '../lib/content';
import { incidentTemplate } from '../lib/content/incident-template';
import { KEBAB_ID } from '../lib/content/taxonomy-schema';

const id = process.argv[2];
if (!id || !KEBAB_ID.test(id)) {
  console.error(
    'Usage: npm run new-incident -- <id>\n  The id is kebab-case (e.g. acme-dns-outage-2024) and becomes the file name and URL.',
  );
  process.exit(1);
}
const file = path.join(contentDir(), 'incidents', `${id}.md`);
if (fs.existsSync(file)) {
  console.error(`${path.relative(process.cwd(), file)} already exists; choose another id or edit that file.`);
  process.exit(1);
}
fs.writeFileSync(file, incidentTemplate(new Date().toISOString().slice(0, 10)));
console.log(`Wrote ${path.relative(process.cwd(), file)}. Fill it in from the sources, then run npm run check.`);
