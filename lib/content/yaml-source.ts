import { isCollection, isMap, isScalar, LineCounter, parseDocument, type Document } from 'yaml';

/** A parsed YAML text that can say where any field path sits in the original file. */
export interface YamlSource {
  data: unknown;
  /** YAML syntax errors, already located. */
  syntaxErrors: { line: number; column: number; message: string }[];
  /** 1-based line and column of a field path; the nearest existing ancestor when the field is missing. */
  locate(path: readonly PropertyKey[]): { line: number; column: number };
}

/**
 * Parses YAML keeping positions. `lineOffset` is the number of lines before the YAML text in
 * its file (1 for front matter, which follows the opening `---`).
 */
export function parseYamlSource(text: string, lineOffset = 0): YamlSource {
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const toPos = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + lineOffset, column: col };
  };
  const syntaxErrors = doc.errors.map((e) => ({ ...toPos(e.pos[0]), message: e.message.split('\n')[0] ?? e.message }));
  const data = syntaxErrors.length ? undefined : doc.toJS();

  return {
    data,
    syntaxErrors,
    locate(path) {
      let node: unknown = doc.contents;
      let best = isCollection(node) || isScalar(node) ? node.range?.[0] : undefined;
      for (const key of path) {
        if (!isCollection(node)) break;
        // Point at the key of a map entry (where the eye goes), or at the item of a list.
        if (isMap(node)) {
          const pair = node.items.find((p) => isScalar(p.key) && p.key.value === key);
          if (!pair) break;
          const keyRange = isScalar(pair.key) ? pair.key.range : undefined;
          const value = pair.value;
          best = (isScalar(value) || isCollection(value) ? value.range?.[0] : undefined) ?? keyRange?.[0] ?? best;
          node = value;
        } else {
          const item = node.items[Number(key)];
          if (!(isScalar(item) || isCollection(item))) break;
          best = item.range?.[0] ?? best;
          node = item;
        }
      }
      return best === undefined ? { line: 1 + lineOffset, column: 1 } : toPos(best);
    },
  };
}
