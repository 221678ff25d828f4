import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getContent } from '../../content';
import { quizRuleProblems } from './content-problems';

const content = getContent();

describe('the quiz rules in npm run check', () => {
  it('find nothing wrong with the content as it is', () => expect(quizRuleProblems(content)).toEqual([]));

  it('locate a means that contradicts its wording, and a root tag that contradicts its class profile', () => {
    const incidents = content.incidents.map((i) => {
      if (i.id === 'gcp-network-congestion-2019')
        return { ...i, actionItems: i.actionItems.map((a, k) => (k === 0 ? { ...a, means: 'removal' as const } : a)) };
      if (i.id === 'gitlab-database-deletion-2017')
        return { ...i, faults: i.faults.map((f, k) => (k === 0 ? { ...f, persistence: 'transient' as const } : f)) };
      return i;
    });
    const problems = quizRuleProblems({ ...content, incidents });
    expect(problems).toHaveLength(2);
    const [gcp, gitlab] = [...problems].sort((a, b) => a.id.localeCompare(b.id));
    expect(gcp).toMatchObject({
      file: 'content/incidents/gcp-network-congestion-2019.md',
      path: 'actionItems[0].means',
      received: 'removal',
    });
    expect(gcp!.expected).toMatch(/^prevention/);
    const gcpLines = fs.readFileSync(gcp!.file, 'utf8').split('\n');
    expect(gcpLines[gcp!.line - 1]).toMatch(/^\s*means:/);
    expect(gcpLines[gcp!.line - 2]).toContain('Halt the datacenter automation');
    expect(gitlab).toMatchObject({
      path: 'faults[0].persistence',
      received: 'persistence: transient, class profile permanent',
    });
    const gitlabLines = fs.readFileSync(gitlab!.file, 'utf8').split('\n');
    expect(gitlabLines[gitlab!.line - 1]).toMatch(/- type: operator-action/);
  });
});
