import { describe, expect, it } from 'vitest';
import { getCorpus } from '.';
import { shortIncidentLabel } from './incident-summaries';

describe('shortIncidentLabel', () => {
  const { incidentById, tax, incidents } = getCorpus();

  it('names the operator and the month impact began', () => {
    expect(shortIncidentLabel(incidentById.get('aws-kinesis-us-east-1-2020')!, tax)).toBe(
      'Amazon Web Services, Nov 2020',
    );
    expect(shortIncidentLabel(incidentById.get('pagerduty-zookeeper-poison-packet-2014')!, tax)).toBe(
      'PagerDuty, 2014',
    );
  });

  it('drops a parenthesised former name', () => {
    expect(shortIncidentLabel(incidentById.get('facebook-backbone-bgp-2021')!, tax)).toBe('Meta, Oct 2021');
  });

  it('gives every incident a distinct label', () => {
    const labels = incidents.map((i) => shortIncidentLabel(i, tax));
    expect(labels.filter((l, i) => labels.indexOf(l) !== i)).toEqual([]);
  });
});
