import fs from 'node:fs';
import path from 'node:path';
import type { Element, Root as HastRoot } from 'hast';
import { visit } from 'unist-util-visit';
import { afterAll, describe, expect, it } from 'vitest';
import { loadContent } from '../content/load';
import { makeContentDir } from '../content/test-content-dir';
import { parseIncidentBody, parseMarkdown } from './parse';
import { renderHast, renderMarkdown } from './render';

/** Elements that can run script, load a document, restyle the page or rewrite its URLs. */
const FORBIDDEN_TAGS = [
  'script',
  'iframe',
  'frame',
  'svg',
  'math',
  'style',
  'title',
  'object',
  'embed',
  'form',
  'meta',
  'base',
  'link',
  'img',
  'template',
];
const URL_PROPERTIES = ['href', 'src', 'action', 'formAction', 'data', 'cite', 'poster', 'srcSet', 'xLinkHref'];

/** Everything unsafe in a sanitised tree, as readable strings (an empty list means safe). */
function offences(tree: HastRoot): string[] {
  const out: string[] = [];
  visit(tree, 'element', (el: Element) => {
    if (FORBIDDEN_TAGS.includes(el.tagName)) out.push(`<${el.tagName}>`);
    for (const [name, value] of Object.entries(el.properties)) {
      if (/^on/i.test(name)) out.push(`${el.tagName}.${name}`);
      if (name === 'style') out.push(`${el.tagName}.style`);
      if (URL_PROPERTIES.includes(name)) {
        const url = String(value);
        const safe = url.startsWith('#') || /^(https?|mailto):/i.test(url);
        if (!safe) out.push(`${el.tagName}.${name}=${url}`);
      }
    }
    const href = el.properties.href;
    if (el.tagName === 'a' && typeof href === 'string' && /^https?:/.test(href)) {
      const rel = el.properties.rel;
      if (!Array.isArray(rel) || !rel.includes('noopener') || !rel.includes('noreferrer'))
        out.push(`external link without rel=noopener noreferrer: ${href}`);
    }
  });
  return out;
}

/** Attribute names in serialised HTML (rehype-stringify always double-quotes values). */
function attributeNames(html: string): string[] {
  const tags = html.match(/<[a-z][^>]*>/gi) ?? [];
  return tags.flatMap((tag) => [...tag.replace(/"[^"]*"/g, '""').matchAll(/\s([^\s=>]+)/g)].map((m) => m[1]!));
}

const render = (markdown: string) => renderHast(parseMarkdown(markdown));

// One row per attack: name and Markdown. Each must render with no offence.
const ATTACKS: [string, string][] = [
  ['a raw <script> block', '<script>alert(1)</script>'],
  ['an upper-case <SCRIPT> with src', '<SCRIPT SRC="https://evil.example/x.js"></SCRIPT>'],
  ['an inline <script> in a paragraph', 'Text <script>alert(1)</script> more.'],
  ['an onerror handler on an image', '<img src=x onerror="alert(1)">'],
  ['an onmouseover handler on inline HTML', '<b onmouseover="alert(1)">bold</b>'],
  ['an SVG with a script and onload', '<svg onload="alert(1)"><script>alert(1)</script></svg>'],
  ['an iframe with a javascript: src', '<iframe src="javascript:alert(1)"></iframe>'],
  ['an iframe with srcdoc', '<iframe srcdoc="<script>alert(1)</script>"></iframe>'],
  ['a <style> block', '<style>body { display: none }</style>'],
  ['a style attribute', '<p style="position:fixed;inset:0">cover</p>'],
  ['a <title> injection', '<title>Pwned</title>'],
  ['an <object> and <embed>', '<object data="javascript:alert(1)"></object><embed src="javascript:alert(1)">'],
  ['a form with a javascript: action', '<form action="javascript:alert(1)"><button>Go</button></form>'],
  ['a meta refresh', '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">'],
  ['a <base> rewrite', '<base href="https://evil.example/">'],
  ['a javascript: link', '[x](javascript:alert(1))'],
  ['a mixed-case JaVaScRiPt: link', '[x](JaVaScRiPt:alert(1))'],
  ['a javascript: link written with a decimal entity', '[x](&#106;avascript:alert(1))'],
  ['a javascript: link written with hex entities', '[x](&#x6A;&#x61;vascript:alert(1))'],
  ['a javascript: link with a named &colon; entity', '[x](javascript&colon;alert(1))'],
  ['a javascript: link split by an encoded tab', '[x](java&#9;script:alert(1))'],
  ['a javascript: link split by an encoded newline', '[x](java&#10;script:alert(1))'],
  ['a javascript: link with leading whitespace', '[x](<  javascript:alert(1)>)'],
  ['a javascript: autolink', '<javascript:alert(1)>'],
  ['a javascript: reference definition', '[x][evil]\n\n[evil]: javascript:alert(1)'],
  ['a data: HTML link', '[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)'],
  ['a data: image', '![x](data:image/svg+xml,<svg onload=alert(1)>)'],
  ['a vbscript: link', '[x](vbscript:msgbox(1))'],
  ['a mixed-case VbScRiPt: link', '[x](VbScRiPt:msgbox(1))'],
  ['a quote break-out in a link URL', '[x](https://example.com/"onmouseover="alert(1))'],
  ['a quote break-out in a link title', '[x](https://example.com/ "a\\" onmouseover=\\"alert(1)")'],
  ['a quote break-out in an image URL', '![x](https://example.com/x.png"onerror="alert(1))'],
];

describe('rendering hostile Markdown', () => {
  for (const [name, markdown] of ATTACKS) {
    it(`neutralises ${name}`, () => {
      const tree = render(markdown);
      expect(offences(tree)).toEqual([]);
      expect(renderMarkdown(parseMarkdown(markdown))).not.toMatch(
        /<(script|iframe|svg|style|title|object|embed|form|meta|base|img)\b/i,
      );
    });
  }

  it('keeps the text around raw HTML', () => {
    expect(renderMarkdown(parseMarkdown('Inline <b onmouseover="alert(1)">bold</b> text.'))).toBe(
      '<p>Inline bold text.</p>',
    );
  });

  it('shows code spans and fences that contain script as escaped text', () => {
    expect(renderMarkdown(parseMarkdown('A `<script>alert(1)</script>` span.'))).toBe(
      '<p>A <code>&#x3C;script>alert(1)&#x3C;/script></code> span.</p>',
    );
  });

  it('gives external links rel="noopener noreferrer" and leaves in-page links alone', () => {
    expect(renderMarkdown(parseMarkdown('[a](https://example.com/) and [b](#why-it-happened)'))).toBe(
      '<p><a href="https://example.com/" rel="noopener noreferrer">a</a> and <a href="#why-it-happened">b</a></p>',
    );
  });
});

// Attacks that are valid Markdown (an https URL with a quote in it): the renderer makes them inert.
const VALID_MARKDOWN = new Set(['a quote break-out in a link URL', 'a quote break-out in a link title']);

describe('checking hostile Markdown', () => {
  // The check reads the same tree the page is rendered from, so whatever the renderer would drop
  // as raw HTML or an unsafe URL is reported to the contributor instead of silently lost.
  for (const [name, markdown] of ATTACKS) {
    it(`${VALID_MARKDOWN.has(name) ? 'accepts' : 'refuses'} ${name}`, () => {
      const rules = parseIncidentBody(markdown, []).file.messages.map((m) => m.ruleId);
      const safety = rules.filter((r) => r === 'raw-html' || r === 'unsafe-link' || r === 'image');
      if (VALID_MARKDOWN.has(name)) expect(safety).toEqual([]);
      else expect(safety.length).toBeGreaterThan(0);
    });
  }
});

describe('loading the hostile incident fixture', () => {
  const dir = makeContentDir({
    'hostile-markdown-2017.md': fs.readFileSync(path.resolve('lib/markdown/__fixtures__/hostile-incident.md'), 'utf8'),
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const { content, problems } = loadContent(dir, { wholeCorpusRules: false });
  const incident = content?.incidents.find((i) => i.id === 'hostile-markdown-2017');

  it('accepts the file: hostile text is valid content, made harmless when rendered', () => {
    expect(problems.map((p) => `${p.path}: ${p.expected}`)).toEqual([]);
    expect(incident?.title).toBe("Hostile </title><script>window.pwned='title'</script> incident");
  });

  it('renders its body with no script, handler, frame or unsafe URL, and keeps the text', () => {
    const html = incident?.html ?? '';
    expect(html).not.toMatch(/<(script|iframe|svg|style|title|object|embed|form|meta|base|img)\b/i);
    expect(attributeNames(html).filter((n) => /^on/i.test(n))).toEqual([]);
    expect(html).not.toMatch(/(href|src|action)="\s*(javascript|data|vbscript):/i);
    expect(html).toContain('The hostile paragraph survives as text.');
    expect(html).toContain('Safeguards, and a final line that must still be shown.');
  });
});
