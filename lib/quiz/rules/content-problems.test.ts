import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getContent } from '../../content';
import { quizRuleProblems } from './content-problems';

const content = getContent();

describe('the quiz rules in npm run check', () => {
  it('find nothing wrong with the content as it is', () => expect(quizRuleProblems(content)).toEqual([]));

  it('locate a means that contradicts its wording at its means: line', () => {
    const incidents = content.incidents.map((i) => {
      if (i.id === 'gcp-network-congestion-2019')
        return { ...i, actionItems: i.actionItems.map((a, k) => (k === 0 ? { ...a, means: 'removal' as const } : a)) };
      return i;
    });
    const problems = quizRuleProblems({ ...content, incidents });
    expect(problems).toHaveLength(1);
    const [gcp] = problems;
    expect(gcp).toMatchObject({
      file: 'content/incidents/gcp-network-congestion-2019.md',
      path: 'actionItems[0].means',
      actual: 'removal',
    });
    expect(gcp!.expected?.[0]).toMatch(/^prevention/);
    expect(gcp!.ruleId).toBe('action-means');
    const gcpLines = fs.readFileSync(gcp!.file, 'utf8').split('\n');
    expect(gcpLines[gcp!.line - 1]).toMatch(/^\s*means:/);
    expect(gcpLines[gcp!.line - 2]).toContain('Halt the datacenter automation');
  });
});
