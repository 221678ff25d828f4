import { ContentError } from './problems';
import { loadContent, type Content } from './load';
import { readSnapshot } from './snapshot';

export type { Content, Incident } from './load';
export { formatReport, ContentError } from './problems';
export { loadContent, contentDir } from './load';

let memo: Content | undefined;

/** The validated content, loaded once per process; throws the full problem report when invalid. */
export function getContent(): Content {
  if (memo) return memo;
  const snapshot = readSnapshot();
  if (snapshot) return (memo = snapshot);
  const { content, problems, filesChecked } = loadContent();
  if (!content) throw new ContentError(problems, filesChecked);
  memo = content;
  return memo;
}
