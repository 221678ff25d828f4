/** Human names and one-line meanings for the fixed facet values (design/taxonomy.md §7). */
export const FACET_LABELS: Record<string, { label: string; meaning: string }> = {
  trigger: { label: 'Trigger', meaning: 'The event that activated or started the failure.' },
  root: { label: 'Root', meaning: 'The adjudged underlying fault; an incident may have several.' },
  contributing: { label: 'Contributing', meaning: 'Made it worse or longer, or defeated a defence.' },
  transient: { label: 'Transient', meaning: 'Occurred once, bounded in time.' },
  intermittent: {
    label: 'Intermittent',
    meaning: "Recurs, not reproducible on demand (Faultline's extension of Avizienis).",
  },
  permanent: { label: 'Permanent', meaning: 'Present until repaired.' },
  internal: { label: 'Internal', meaning: "Inside the organisation's own system." },
  external: {
    label: 'External',
    meaning: "Another organisation, or another system's failure seen at this one's interface.",
  },
  stated: { label: 'Stated', meaning: 'The report says so.' },
  inferred: { label: 'Inferred', meaning: "Faultline's reading of the report." },
  'crash-halt': { label: 'Crash / halt', meaning: 'Stops, with no output (includes silent failure).' },
  omission: { label: 'Omission', meaning: 'Some messages or requests are dropped.' },
  'timing-late': { label: 'Late (timing)', meaning: 'Correct but too slow: a performance failure.' },
  'content-incorrect': { label: 'Incorrect content', meaning: 'Wrong or corrupt results.' },
  erratic: { label: 'Erratic', meaning: 'Behaviour that varies unpredictably, e.g. babbling.' },
  inconsistent: { label: 'Inconsistent', meaning: 'Different observers see different behaviour (Byzantine-like).' },
  signaled: { label: 'Signaled', meaning: 'The failure announced itself (errors, alarms).' },
  unsignaled: { label: 'Unsignaled', meaning: 'Nothing announced the failure.' },
  gray: { label: 'Gray', meaning: 'The failure detector said healthy while clients were affected.' },
  contained: { label: 'Contained', meaning: 'Stayed where it started.' },
  cascading: { label: 'Cascading', meaning: 'Grew by positive feedback; load shifted onto survivors.' },
  metastable: { label: 'Metastable', meaning: 'Persisted after the trigger was removed, through a sustaining effect.' },
  'cross-service': { label: 'Cross-service', meaning: 'Spread to the services that depend on the failed one.' },
  process: { label: 'Process', meaning: 'One process.' },
  node: { label: 'Node', meaning: 'One machine.' },
  rack: { label: 'Rack', meaning: 'A rack of machines.' },
  'zone-or-datacenter': { label: 'Zone or data centre', meaning: 'One availability zone or data centre.' },
  region: { label: 'Region', meaning: 'A whole region.' },
  global: { label: 'Global', meaning: 'Several regions, a whole country, or worldwide.' },
  'full-outage': { label: 'Full outage', meaning: 'The service was unavailable.' },
  'partial-outage': { label: 'Partial outage', meaning: 'Some requests, users or features failed.' },
  'degraded-performance': { label: 'Degraded performance', meaning: 'Slow, but working.' },
  'data-loss': { label: 'Data loss', meaning: 'Data was lost.' },
  'data-corruption': { label: 'Data corruption', meaning: 'Data was made wrong.' },
  'stale-data': { label: 'Stale data', meaning: 'Old data was served.' },
  'security-exposure': { label: 'Security exposure', meaning: 'Data or systems were exposed.' },
  'testing-gap': { label: 'Testing gap', meaning: 'Tests did not catch it.' },
  'review-gap': { label: 'Review gap', meaning: 'Review did not catch it.' },
  'monitoring-gap': { label: 'Monitoring gap', meaning: 'Monitoring missed or lagged it.' },
  'rollout-gap': { label: 'Rollout gap', meaning: 'No canary or staged rollout limited it.' },
  'capacity-planning-gap': { label: 'Capacity-planning gap', meaning: 'Limits or growth were not planned for.' },
  'runbook-gap': { label: 'Runbook gap', meaning: 'Procedures were missing or wrong.' },
  'automation-hazard': { label: 'Automation hazard', meaning: 'Automation caused or worsened it.' },
  'impact-start-to-resolved': {
    label: 'impact start → resolved',
    meaning: 'From when users were first hurt to resolution.',
  },
  'first-alarm-to-resolved': { label: 'first alarm → resolved', meaning: 'From the first alarm to resolution.' },
  'trigger-to-resolved': { label: 'trigger → resolved', meaning: 'From the triggering event to resolution.' },
  'as-reported': { label: 'as reported', meaning: 'The figure a source gives, basis unstated.' },
  prevention: { label: 'Prevention', meaning: 'Prevent the occurrence or introduction of faults.' },
  tolerance: { label: 'Tolerance', meaning: 'Avoid service failures in the presence of faults.' },
  removal: { label: 'Removal', meaning: 'Reduce the number and severity of faults.' },
  forecasting: {
    label: 'Forecasting',
    meaning: 'Estimate the present number, future incidence and consequences of faults.',
  },
  'internal-alarm': { label: 'Internal alarm', meaning: "The organisation's own monitoring." },
  'engineer-noticed': { label: 'Engineer noticed', meaning: 'A person saw something wrong.' },
  'customer-reports': { label: 'Customer reports', meaning: 'Users told them.' },
  'external-monitoring': { label: 'External monitoring', meaning: 'Someone outside measured it.' },
  unknown: { label: 'Unknown', meaning: 'Not disclosed.' },
  operator: { label: 'operator', meaning: 'Ran the system that failed.' },
  provider: { label: 'provider', meaning: 'Supplied a service the system depended on.' },
  vendor: { label: 'vendor', meaning: 'Supplied software or hardware.' },
  customer: { label: 'customer', meaning: 'Was affected as a user.' },
  reporter: { label: 'reporter', meaning: 'Measured or reported on the incident.' },
};

/** The display label of a facet value, falling back to the value itself. */
export function facetLabel(value: string): string {
  return FACET_LABELS[value]?.label ?? value;
}

/** The one-line meaning of a facet value, if known. */
export function facetMeaning(value: string): string | undefined {
  return FACET_LABELS[value]?.meaning;
}
