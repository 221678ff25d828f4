import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../markdown/parse';
import { renderMarkdown } from '../markdown/render';
import { localTimeNote, splitStory } from './story';

const render = (md: string, refs: string[]) => renderMarkdown(parseMarkdown(md, refs));

describe('splitStory', () => {
  const html = render('## What happened\n\nA fell.[^b][^a]\n\n## Why *it* happened\n\nB.[^a]\n', ['a', 'b', 'c']);
  const parts = splitStory(html, 'sources-h');

  it('lists cited sources in first-citation order (the footnote numbers)', () => {
    expect(parts.cited).toEqual(['b', 'a']);
  });
  it('drops the footnote section and points references at the page source list', () => {
    expect(parts.body).not.toContain('data-footnotes');
    expect(parts.body).toContain('href="#source-b"');
    expect(parts.body).not.toContain('user-content-fn-');
    expect(parts.body).toContain('aria-describedby="sources-h"');
    expect(parts.body).not.toContain('footnote-label');
  });
  it('finds the h2 headings with their text', () => {
    expect(parts.headings).toEqual([
      { id: 'what-happened', text: 'What happened' },
      { id: 'why-it-happened', text: 'Why it happened' },
    ]);
  });
  it('separates adjacent footnote markers', () => {
    const text = parts.body.replace(/<[^>]+>/g, '');
    expect(text).toContain('A fell.1,2');
  });
  it('leaves a story without footnotes whole', () => {
    const plain = render('Just text.', []);
    expect(splitStory(plain, 'x')).toEqual({ body: plain, cited: [], headings: [] });
  });
});

describe('localTimeNote', () => {
  it('puts the local time before its zone', () => {
    expect(localTimeNote('PST (5:15 AM)')).toBe('5:15 AM PST');
    expect(localTimeNote('US/Pacific (21:20 on 20 July)')).toBe('21:20 on 20 July US/Pacific');
  });
  it('keeps a note without a bracketed time', () => {
    expect(localTimeNote('local time')).toBe('local time');
  });
});
