import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from './parse';
import { applyWikiLinks, labelWikiLinks } from './wiki-links';

const links = (tree: Root) => {
  const out: { url: string; text: string }[] = [];
  visit(tree, 'link', (n) => {
    out.push({ url: n.url, text: toString(n) });
  });
  return out;
};

describe('wiki-links', () => {
  it('turns each kind of wiki-link into a link under the base path, with its location in the body', () => {
    const tree = parseMarkdown(
      'See [[aws-kinesis-us-east-1-2020]] and\nthe [[fault:resource-exhaustion|exhaustion]], [[goal:availability]] and [[challenge:unreliable-networks]].',
    );
    const found = applyWikiLinks(tree, '/faultline');
    expect(found).toEqual([
      { kind: 'incident', id: 'aws-kinesis-us-east-1-2020', line: 1, column: 5 },
      { kind: 'fault', id: 'resource-exhaustion', line: 2, column: 5 },
      { kind: 'goal', id: 'availability', line: 2, column: 47 },
      { kind: 'challenge', id: 'unreliable-networks', line: 2, column: 73 },
    ]);
    expect(links(tree)).toEqual([
      { url: '/faultline/incidents/aws-kinesis-us-east-1-2020/', text: 'aws-kinesis-us-east-1-2020' },
      { url: '/faultline/faults/resource-exhaustion/', text: 'exhaustion' },
      { url: '/faultline/goals/availability/', text: 'availability' },
      { url: '/faultline/challenges/unreliable-networks/', text: 'unreliable-networks' },
    ]);
    expect(toString(tree)).toBe(
      'See aws-kinesis-us-east-1-2020 and\nthe exhaustion, availability and unreliable-networks.',
    );
  });

  it('leaves brackets inside code and inside existing links alone', () => {
    const tree = parseMarkdown('`[[not-a-link]]` and [text [[nor-this]]](https://example.org)');
    expect(applyWikiLinks(tree, '')).toEqual([]);
    expect(links(tree)).toEqual([{ url: 'https://example.org', text: 'text [[nor-this]]' }]);
  });

  it('labels unlabelled links with the target name and keeps an explicit label', () => {
    const tree = parseMarkdown('[[goal:availability]] and [[fault:logic-bug|the bug]]');
    applyWikiLinks(tree, '');
    labelWikiLinks(tree, (kind, id) => `${kind} named ${id}`);
    expect(links(tree).map((l) => l.text)).toEqual(['goal named availability', 'the bug']);
  });
});
