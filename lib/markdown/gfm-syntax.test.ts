import { describe, expect, it } from 'vitest';
import { parseMarkdown } from './parse';
import { renderMarkdown } from './render';

const html = (md: string, refs: string[] = []) => renderMarkdown(parseMarkdown(md, refs));

describe('body syntax (GFM, literal autolinks by tree transform)', () => {
  it('keeps footnotes, tables, strikethrough and task lists', () => {
    const out = html('Cut.[^s]\n\n| a | b |\n| - | - |\n| 1 | 2 |\n\n~~gone~~\n\n- [x] done', ['s']);
    expect(out).toContain('<sup><a href="#user-content-fn-s"');
    expect(out).toContain('<td>1</td>');
    expect(out).toContain('<del>gone</del>');
    expect(out).toContain('<input type="checkbox" checked disabled>');
  });

  it('links a bare address, and one written as a CommonMark autolink or a link', () => {
    expect(html('See https://example.org/x or www.example.org.')).toBe(
      '<p>See <a href="https://example.org/x" rel="noopener noreferrer">https://example.org/x</a> or <a href="http://www.example.org" rel="noopener noreferrer">www.example.org</a>.</p>',
    );
    expect(html('See <https://example.org/x> and [the report](https://example.org/y).')).toBe(
      '<p>See <a href="https://example.org/x" rel="noopener noreferrer">https://example.org/x</a> and <a href="https://example.org/y" rel="noopener noreferrer">the report</a>.</p>',
    );
  });

  it('leaves addresses inside code alone', () => {
    expect(html('Run `curl https://example.org/x` now.')).toBe(
      '<p>Run <code>curl https://example.org/x</code> now.</p>',
    );
  });
});
