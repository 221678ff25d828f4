/**
 * `tsx scripts/validate-html.ts`: validates every built page in out/ with html-validate's
 * `html-validate:standard` preset and prints each error with its file, line and rule. Exits 1 on
 * any error. Rules changed from the preset are in RULES below, each with its reason.
 */
import fs from 'node:fs';
import path from 'node:path';
import { HtmlValidate, type ConfigData } from 'html-validate';

const outDir = path.resolve(process.env.OUT_DIR ?? 'out');

/** Changes to html-validate:standard, each with the reason it does not apply to this site. */
const RULES: ConfigData['rules'] = {};

/** Every .html file under `dir`. */
function htmlFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .flatMap((e) => (e.isFile() && e.name.endsWith('.html') ? [path.join(e.parentPath, e.name)] : []));
}

async function main() {
  if (!fs.existsSync(outDir)) {
    console.error(`No built site in ${outDir}: run npm run build first.`);
    process.exit(1);
  }
  const validator = new HtmlValidate({ extends: ['html-validate:standard'], rules: RULES });
  const files = htmlFiles(outDir).sort();
  let errors = 0;
  let failedFiles = 0;
  for (const file of files) {
    const report = await validator.validateFile(file);
    const messages = report.results.flatMap((r) => r.messages);
    if (!messages.length) continue;
    failedFiles++;
    for (const m of messages) {
      if (m.severity === 2) errors++;
      console.log(`${path.relative(process.cwd(), file)}:${m.line}:${m.column}  ${m.ruleId}  ${m.message}`);
    }
  }
  console.log(`html-validate: ${files.length} pages, ${errors} errors in ${failedFiles} pages.`);
  process.exit(errors > 0 || files.length === 0 ? 1 : 0);
}

void main();
