import type { Link, Parent, PhrasingContent, Root, Text } from 'mdast';
import { decodeNamedCharacterReference } from 'decode-named-character-reference';
import { SKIP, visit } from 'unist-util-visit';
import { BASE_PATH } from '../site';
import { pageOf } from '../routes';

/** One kind of wiki-link target. */
export type WikiKind = 'incident' | 'fault' | 'goal' | 'challenge';

/** One `[[…]]` found in a body, located in the body's own lines (1-based). */
export interface WikiLink {
  kind: WikiKind;
  id: string;
  line: number;
  column: number;
}

/** `[[id]]`, `[[fault:id]]`, `[[goal:id]]`, `[[challenge:id]]`, each with an optional `|label`. */
const WIKI = /\[\[(?:(fault|goal|challenge):)?([^\]|\s]+)(?:\|([^\]]+))?\]\]/g;

/** The site path a target lives at (without base path). */
function wikiPath(kind: WikiKind, id: string): string {
  return pageOf(kind, id);
}

/** The key a target is known by across the corpus: "incident:x", "fault:y". */
export function wikiKey(kind: WikiKind, id: string): string {
  return `${kind}:${id}`;
}

/** The kind and id a `[[…]]` match names. */
function targetOf(m: RegExpMatchArray): { kind: WikiKind; id: string } {
  const kind: WikiKind = m[1] === 'fault' || m[1] === 'goal' || m[1] === 'challenge' ? m[1] : 'incident';
  return { kind, id: m[2]! };
}

/** ASCII punctuation: what a backslash can escape in CommonMark. */
const ESCAPABLE = /[!-/:-@[-`{-~]/;
const CHAR_REF = /^&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}));/;

/**
 * Maps positions in a text node's source (`raw`, with escapes and character references as typed)
 * to positions in its value (as parsed). Returns null when the two cannot be aligned.
 */
function alignRawToValue(raw: string, value: string): number[] | null {
  const map: number[] = [];
  let i = 0;
  let j = 0;
  while (i < raw.length) {
    const c = raw[i]!;
    if (c === '\\' && i + 1 < raw.length && ESCAPABLE.test(raw[i + 1]!) && value[j] === raw[i + 1]) {
      map[i] = j;
      map[i + 1] = j;
      i += 2;
      j += 1;
      continue;
    }
    if (c === '&' && value[j] !== '&') {
      const m = CHAR_REF.exec(raw.slice(i));
      if (m) {
        const decoded = m[1]
          ? String.fromCodePoint(Number(m[1]))
          : m[2]
            ? String.fromCodePoint(parseInt(m[2], 16))
            : decodeNamedCharacterReference(m[3]!);
        if (decoded === false) return null;
        for (let k = 0; k < m[0].length; k++) map[i + k] = j;
        i += m[0].length;
        j += decoded.length;
        continue;
      }
    }
    if (c === value[j]) {
      map[i++] = j++;
      continue;
    }
    // Indentation of continuation lines is in the source but not in the value.
    if (c === ' ' || c === '\t') {
      map[i++] = j;
      continue;
    }
    return null;
  }
  map[raw.length] = j;
  return map;
}

/** Line and column of `offset` characters into source text that starts at `start`. */
function locate(raw: string, offset: number, start: { line: number; column: number }) {
  const before = raw.slice(0, offset);
  const newlines = before.split('\n').length - 1;
  return newlines === 0
    ? { line: start.line, column: start.column + offset }
    : { line: start.line + newlines, column: offset - before.lastIndexOf('\n') };
}

/**
 * The `[[…]]` in a text node as the author typed them: matched in the node's source, so an escaped
 * `\\[[` or `&#91;[` is not a link. Each match carries its span in the node's value (for rewriting)
 * and its place in the body. Text inside code never reaches here: code is its own node type.
 */
function wikiMatches(node: Text, source?: string) {
  const start = node.position?.start;
  const end = node.position?.end;
  const raw =
    source !== undefined && start?.offset !== undefined && end?.offset !== undefined
      ? source.slice(start.offset, end.offset)
      : node.value;
  const map = raw === node.value ? null : alignRawToValue(raw, node.value);
  if (raw !== node.value && !map) return [];
  return [...raw.matchAll(WIKI)]
    .filter((m) => raw[m.index - 1] !== '\\')
    .map((m) => {
      const from = map ? map[m.index]! : m.index;
      const to = map ? map[m.index + m[0].length]! : m.index + m[0].length;
      return {
        ...targetOf(m),
        label: m[3]?.trim(),
        from,
        to,
        ...locate(raw, m.index, start ?? { line: 1, column: 1 }),
      };
    });
}

/**
 * Turns `[[…]]` in text into links to the target's page, in place, prefixed with the build's base
 * path (rendered Markdown is plain HTML, which Next's basePath never sees). Links are marked with
 * `data.wikiTarget`. Pass the parsed Markdown `source` so escaped brackets stay text. Returns the
 * links found, for the corpus check.
 */
export function applyWikiLinks(tree: Root, basePath: string = BASE_PATH, source?: string): WikiLink[] {
  const found: WikiLink[] = [];
  visit(tree, 'text', (node: Text, index, parent: Parent | undefined) => {
    if (!parent || index === undefined || parent.type === 'link' || parent.type === 'linkReference') return;
    const parts: PhrasingContent[] = [];
    let last = 0;
    for (const m of wikiMatches(node, source)) {
      if (m.from > last) parts.push({ type: 'text', value: node.value.slice(last, m.from) });
      const link: Link = {
        type: 'link',
        url: `${basePath}${wikiPath(m.kind, m.id)}`,
        children: [{ type: 'text', value: m.label || m.id }],
        data: { wikiTarget: { kind: m.kind, id: m.id, labelled: m.label !== undefined } },
      };
      parts.push(link);
      found.push({ kind: m.kind, id: m.id, line: m.line, column: m.column });
      last = m.to;
    }
    if (parts.length === 0) return;
    if (last < node.value.length) parts.push({ type: 'text', value: node.value.slice(last) });
    parent.children.splice(index, 1, ...(parts as typeof parent.children));
    return [SKIP, index + parts.length];
  });
  return found;
}

declare module 'mdast' {
  interface LinkData {
    wikiTarget?: { kind: WikiKind; id: string; labelled: boolean };
  }
}
/** Replaces the text of unlabelled wiki-links with the target's name (titles are known only after phase 1). */
export function labelWikiLinks(tree: Root, nameOf: (kind: WikiKind, id: string) => string | undefined): void {
  visit(tree, 'link', (node: Link) => {
    const target = node.data?.wikiTarget;
    if (!target || target.labelled) return;
    const name = nameOf(target.kind, target.id);
    if (name) node.children = [{ type: 'text', value: name }];
  });
}
