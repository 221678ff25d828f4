import { describe, expect, it } from 'vitest';
import { getCorpus } from '.';
import { currentId, originalId, RENAMED_INCIDENTS } from './renamed';

describe('renamed incidents', () => {
  const { incidentById } = getCorpus();
  it('renames only to incidents that exist, never from one that still exists', () => {
    for (const [from, to] of Object.entries(RENAMED_INCIDENTS)) {
      expect(incidentById.has(to), `${from} → ${to}`).toBe(true);
      expect(incidentById.has(from), `${from} is still a content file`).toBe(false);
    }
  });
  it('maps both ways', () => {
    expect(currentId('pagerduty-zookeeper-poison-packet-2015')).toBe('pagerduty-zookeeper-poison-packet-2014');
    expect(originalId('pagerduty-zookeeper-poison-packet-2014')).toBe('pagerduty-zookeeper-poison-packet-2015');
    expect(currentId('aws-kinesis-us-east-1-2020')).toBe('aws-kinesis-us-east-1-2020');
  });
});

describe('quiz progress saved under an old incident id', () => {
  it('is re-keyed to the new id on load, keeping its schedule', async () => {
    const { loadProgress, emptyProgress } = await import('../quiz/progress');
    const card = {
      due: '2026-11-01T00:00:00.000Z',
      stability: 1,
      difficulty: 5,
      elapsed_days: 0,
      scheduled_days: 1,
      learning_steps: 0,
      reps: 1,
      lapses: 0,
      state: 1,
    };
    const saved = { ...emptyProgress(), cards: { 'incident:pagerduty-zookeeper-poison-packet-2015:root': card } };
    const { progress } = loadProgress(JSON.stringify(saved));
    expect(progress.cards).toEqual({ 'incident:pagerduty-zookeeper-poison-packet-2014:root': card });
  });
});
