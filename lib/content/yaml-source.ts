import { isCollection, isMap, isScalar, LineCounter, parseDocument, visit, type Document } from 'yaml';

/** One located YAML syntax error, with the parser's error code (`yaml`'s ErrorCode, e.g. TAB_AS_INDENT). */
export interface YamlSyntaxError {
  line: number;
  column: number;
  message: string;
  code: string;
  /** For a key written twice in one mapping: the key and the line of its first appearance. */
  duplicate?: { key: string; firstLine: number };
}

/** A parsed YAML text that can say where any field path sits in the original file. */
export interface YamlSource {
  data: unknown;
  /** YAML syntax errors, already located. */
  syntaxErrors: YamlSyntaxError[];
  /** 1-based line and column of a field path; the nearest existing ancestor when the field is missing. */
  locate(path: readonly PropertyKey[]): { line: number; column: number };
  /** True when the mapping at `path` is written in flow style, `{ a: 1, b: 2 }`. */
  isFlowMap(path: readonly PropertyKey[]): boolean;
}

/** Text without a leading byte-order mark (editors on Windows add one; YAML and front matter must not see it). */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * Parses YAML with the `yaml` package (the project's one YAML parser), keeping every node's
 * position. `lineOffset` is the number of lines before the YAML text in its file (1 for front
 * matter, after the opening `---`).
 */
export function parseYamlSource(text: string, lineOffset = 0): YamlSource {
  return parsePositioned(text, lineOffset);
}

/** Parses YAML with the `yaml` package, keeping every node's position. */
function parsePositioned(text: string, lineOffset: number): YamlSource {
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const toPos = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + lineOffset, column: col };
  };
  const syntaxErrors: YamlSyntaxError[] = doc.errors.map((e) => {
    const error: YamlSyntaxError = { ...toPos(e.pos[0]), message: e.message.split('\n')[0] ?? e.message, code: e.code };
    if (e.code === 'DUPLICATE_KEY') {
      const duplicate = duplicateKeyAt(doc, e.pos[0]);
      if (duplicate) error.duplicate = { key: duplicate.key, firstLine: toPos(duplicate.firstOffset).line };
    }
    return error;
  });
  let data: unknown;
  if (!syntaxErrors.length) {
    // Some malformed text parses but cannot become data (an alias such as *x with no &x anchor);
    // `yaml` throws then, so the error is reported at the start of the text like any syntax error.
    try {
      data = doc.toJS();
    } catch (e) {
      syntaxErrors.push({ ...toPos(0), message: e instanceof Error ? e.message : String(e), code: 'UNRESOLVABLE' });
    }
  }

  const nodeAt = (path: readonly PropertyKey[]): unknown => {
    let node: unknown = doc.contents;
    for (const key of path) {
      if (isMap(node)) node = node.items.find((p) => isScalar(p.key) && p.key.value === key)?.value;
      else if (isCollection(node)) node = node.items[Number(key)];
      else return undefined;
    }
    return node;
  };
  return {
    data,
    syntaxErrors,
    isFlowMap(path) {
      const node = nodeAt(path);
      return isMap(node) && node.flow === true;
    },
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

/** The key written again at `offset` and where the same mapping first wrote it (the parser keeps both pairs). */
function duplicateKeyAt(doc: Document, offset: number): { key: string; firstOffset: number } | undefined {
  let found: { key: string; firstOffset: number } | undefined;
  visit(doc, {
    Map(_, map) {
      const seen = new Map<unknown, number>();
      for (const pair of map.items) {
        if (!isScalar(pair.key) || !pair.key.range) continue;
        const first = seen.get(pair.key.value);
        if (first !== undefined && pair.key.range[0] === offset) {
          found = { key: String(pair.key.value), firstOffset: first };
          return visit.BREAK;
        }
        if (first === undefined) seen.set(pair.key.value, pair.key.range[0]);
      }
      return undefined;
    },
  });
  return found;
}
