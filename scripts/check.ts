/** `npm run check`: validates all content and prints every problem in one report; exit 1 on any. */
import { formatReport, loadContent } from '../lib/content';

const { problems, filesChecked } = loadContent();
const report = formatReport(problems, filesChecked);
if (problems.length) {
  console.error(report);
  process.exit(1);
}
console.log(report);
