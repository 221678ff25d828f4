import type { Heading, Root, Text } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import type { RuleId } from '../content/rules';
import { nearest } from '../content/suggest';
import { applyWikiLinks, type WikiLink } from './wiki-links';

/** The fixed story sections every incident body has, in this order. */
export const REQUIRED_SECTIONS = [
  'What happened',
  'Why it happened',
  'How it was detected and fixed',
  'What changed afterwards',
] as const;
/** Sections a body may add after the required ones' first appearance. */
const OPTIONAL_SECTIONS = ['Where the sources disagree', 'Lessons'] as const;

/** What the body rules leave on the file for the loader: links to check across files, refs cited. */
interface BodyFacts {
  wikiLinks: WikiLink[];
  /** Source refs the body cites, in order of first citation. */
  cited: string[];
}

declare module 'vfile' {
  interface DataMap {
    body: BodyFacts;
    /** Set by the caller before the rules run. */
    bodyRules: BodyRuleOptions;
  }
}

type Place = { line: number; column: number };

/** Reports one breach of a catalogued rule on the body's file, with expected and actual values. */
function report(
  file: VFile,
  rule: RuleId,
  place: Place | undefined,
  expected: string,
  actual?: string,
  hint?: string,
): void {
  const received = actual !== undefined ? `, received ${actual}` : '';
  const message = file.message(`body: expected ${expected}${received}.`, {
    place: place ?? { line: 1, column: 1 },
    ruleId: rule,
    source: 'faultline',
  });
  message.expected = [expected];
  if (actual !== undefined) message.actual = actual;
  if (hint) message.note = hint;
}

/** `[^ref]` in text: what GFM leaves as text when no source has that ref. */
const CITATION = /\[\^([^\]\s]+)\](?!:)/g;

/** Options for the incident body rules. */
interface BodyRuleOptions {
  /** The refs of the incident's sources (footnote definitions for them follow the body). */
  refs: ReadonlySet<string>;
  /** Length of the body the contributor wrote, so generated footnote definitions after it are told apart. */
  bodyLength: number;
}

/** Section headings: no level 1, only the fixed level-2 sections, all required ones, in order. */
export const remarkSectionRules: Plugin<[], Root> = () => (tree, file) => {
  const found: string[] = [];
  const allowed: readonly string[] = [...REQUIRED_SECTIONS, ...OPTIONAL_SECTIONS];
  visit(tree, 'heading', (h: Heading) => {
    const title = toString(h).trim();
    const place = h.position?.start;
    if (h.depth === 1)
      report(
        file,
        'level-1-heading',
        place,
        'no level-1 heading (the title comes from front matter)',
        JSON.stringify(title),
        'Use ## for sections.',
      );
    if (h.depth !== 2) return;
    if (allowed.includes(title)) {
      found.push(title);
      return;
    }
    // A near miss ("What Happened") is one mistake: reported here with the fix, and counted as the
    // section it means so it is not reported again as missing.
    const meant = nearest(
      title,
      allowed.map((a) => a.toLowerCase()),
    );
    const section = meant === undefined ? undefined : allowed.find((a) => a.toLowerCase() === meant);
    report(
      file,
      'unknown-section',
      place,
      `a section heading (${allowed.join(', ')})`,
      JSON.stringify(title),
      section ? `Did you mean "${section}"?` : 'Use ### for sub-sections.',
    );
    found.push(section ?? title);
  });
  const order = found.filter((t) => (REQUIRED_SECTIONS as readonly string[]).includes(t));
  REQUIRED_SECTIONS.forEach((section, i) => {
    if (!order.includes(section)) {
      report(
        file,
        'missing-section',
        undefined,
        `a "## ${section}" section`,
        'none',
        `Bodies have these sections in order: ${REQUIRED_SECTIONS.join(', ')}.`,
      );
    } else if (order.indexOf(section) !== i && order.length === REQUIRED_SECTIONS.length) {
      report(
        file,
        'section-order',
        undefined,
        `sections in the order ${REQUIRED_SECTIONS.join(', ')}`,
        order.join(', '),
      );
    }
  });
};

/**
 * Citations: every `[^ref]` names a source, the body writes no footnote definitions of its own, and
 * cites at least one source. Code is its own node type, so nothing inside code counts; escaped
 * brackets are found by reading the text's source, where the backslash is still present.
 */
export const remarkCitationRules: Plugin<[], Root> = () => (tree, file) => {
  const options = file.data.bodyRules ?? { refs: new Set<string>(), bodyLength: Infinity };
  const source = String(file.value);
  const cited: string[] = [];
  visit(tree, (node) => {
    if (node.type === 'footnoteReference') {
      if (!cited.includes(node.identifier)) cited.push(node.identifier);
    } else if (node.type === 'footnoteDefinition') {
      if ((node.position?.start.offset ?? Infinity) < options.bodyLength) {
        report(
          file,
          'footnote-definition',
          node.position?.start,
          'no footnote definitions in the body',
          JSON.stringify(`[^${node.identifier}]:`),
          'Footnote text is generated from the sources list; cite with [^ref] only.',
        );
      }
    } else if (node.type === 'text') {
      const text = node as Text;
      const start = text.position?.start;
      const raw =
        start?.offset !== undefined && text.position?.end.offset !== undefined
          ? source.slice(start.offset, text.position.end.offset)
          : text.value;
      for (const m of raw.matchAll(CITATION)) {
        if (raw[m.index - 1] === '\\') continue;
        const before = raw.slice(0, m.index);
        const nl = before.lastIndexOf('\n');
        const place = start
          ? nl === -1
            ? { line: start.line, column: start.column + m.index }
            : { line: start.line + before.split('\n').length - 1, column: m.index - nl }
          : undefined;
        report(
          file,
          'unknown-citation',
          place,
          'a footnote naming a source ref',
          JSON.stringify(m[0]),
          `Known refs: ${[...options.refs].join(', ')}. Brackets that are not a citation belong in \`code\` or after a backslash.`,
        );
      }
    }
  });
  if (cited.length === 0) {
    report(
      file,
      'no-citation',
      undefined,
      'at least one citation [^ref] of a listed source',
      'none',
      `Cite a source after the claim it supports, e.g. [^${[...options.refs][0] ?? 'ref'}].`,
    );
  }
  file.data.body = { ...(file.data.body ?? { wikiLinks: [] }), cited };
};

/** Images: not shown on the site (remote images are blocked), so their text would be lost. */
export const remarkImageRules: Plugin<[], Root> = () => (tree, file) => {
  visit(tree, (node) => {
    if (node.type !== 'image' && node.type !== 'imageReference') return;
    const alt = node.alt ?? '';
    report(
      file,
      'image',
      node.position?.start,
      'no images (they are not shown)',
      `an image ${JSON.stringify(alt)}`,
      'Describe what it shows in words and link to it: [alt text](https://…).',
    );
  });
};

/** A URL scheme the page keeps in a link; any other (javascript:, data:, file: …) is removed when rendering. */
const SAFE_SCHEMES = new Set(['http', 'https', 'mailto']);
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

/**
 * Raw HTML and links with an unsafe scheme: the renderer drops both (Markdown is untrusted), so
 * the check reports them at their line instead of letting their text disappear. HTML comments are
 * notes to other contributors and stay allowed.
 */
export const remarkSafetyRules: Plugin<[], Root> = () => (tree, file) => {
  visit(tree, (node) => {
    if (node.type === 'html') {
      const html = node.value.trim();
      if (/^<!--[\s\S]*-->$/.test(html)) return;
      const shown = html.length > 60 ? `${html.slice(0, 60)}…` : html;
      report(
        file,
        'raw-html',
        node.position?.start,
        'Markdown, not HTML (HTML is removed from the page)',
        `raw HTML ${JSON.stringify(shown)}`,
        'Write it in Markdown (*emphasis*, **bold**, `code`, [text](https://…)); to show a tag as text, put it in `code`.',
      );
      return;
    }
    if (node.type !== 'link' && node.type !== 'definition') return;
    // Read the scheme as a browser does (WHATWG URL): leading and trailing controls and spaces
    // trimmed, tabs and newlines removed anywhere, so "java\tscript:" is javascript:.
    const url = node.url.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '').replace(/[\t\n\r]/g, '');
    const scheme = SCHEME.exec(url)?.[1]?.toLowerCase();
    if (scheme === undefined || SAFE_SCHEMES.has(scheme)) return;
    report(
      file,
      'unsafe-link',
      node.position?.start,
      'a link to an http(s) or mailto: address',
      `a ${scheme}: link ${JSON.stringify(node.url.length > 40 ? `${node.url.slice(0, 40)}…` : node.url)}`,
      'Link to the web page itself; other schemes are removed from the page.',
    );
  });
};

/** Wiki-links: turned into links (for rendering) and collected for the cross-file check. */
export const remarkWikiLinks: Plugin<[{ basePath?: string }?], Root> = (options) => (tree, file) => {
  const wikiLinks = applyWikiLinks(tree, options?.basePath, String(file.value));
  file.data.body = { ...(file.data.body ?? { cited: [] }), wikiLinks };
};
