import type { Incident } from '../content/load';

/** The three case studies Faultline was founded on, in the order the home page shows them. */
export const FOUNDING_CASE_STUDIES = [
  'pagerduty-zookeeper-poison-packet-2014',
  'comcast-backbone-fiber-cuts-2018',
  'aws-kinesis-us-east-1-2020',
] as const;

/** The `limit` most recently added case studies: by `added` day, newest first; ties by newest start. */
export function recentlyAdded(incidents: readonly Incident[], limit = 5): Incident[] {
  return [...incidents]
    .sort((a, b) => b.added.start - a.added.start || b.started.start - a.started.start || a.id.localeCompare(b.id))
    .slice(0, limit);
}
