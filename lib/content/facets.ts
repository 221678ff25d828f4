/**
 * The fixed facet vocabularies (design/taxonomy.md §7), one table per facet: each value with its
 * display label and one-line meaning. The schema's enums are derived from these tables, so a value
 * cannot exist without its label, and every page and the search read labels from here.
 */

/** One value of a facet: the id written in front matter, how pages show it, and what it means. */
interface FacetValue {
  value: string;
  label: string;
  meaning: string;
}

/** A facet's table and the tuple of its values (what `z.enum` takes). */
function facet<const T extends readonly [FacetValue, ...FacetValue[]]>(entries: T) {
  return { entries, values: entries.map((e) => e.value) as unknown as { readonly [K in keyof T]: T[K]['value'] } };
}

/** Facet table: a fault tag's role. */
const faultRole = facet([
  { value: 'trigger', label: 'Trigger', meaning: 'The event that activated or started the failure.' },
  { value: 'root', label: 'Root', meaning: 'The adjudged underlying fault; an incident may have several.' },
  { value: 'contributing', label: 'Contributing', meaning: 'Made it worse or longer, or defeated a defence.' },
]);
/** The values of the faultRole facet, in table order. */
export const FAULT_ROLES = faultRole.values;

/** Facet table: how long a fault lasts. */
const persistence = facet([
  { value: 'transient', label: 'Transient', meaning: 'Occurred once, bounded in time.' },
  { value: 'intermittent', label: 'Intermittent', meaning: "Recurs, not reproducible on demand (Faultline's extension of Avizienis)." },
  { value: 'permanent', label: 'Permanent', meaning: 'Present until repaired.' },
]);
/** The values of the persistence facet, in table order. */
export const PERSISTENCE = persistence.values;

/** Facet table: where a fault came from. */
const boundary = facet([
  { value: 'internal', label: 'Internal', meaning: "Inside the organisation's own system." },
  { value: 'external', label: 'External', meaning: "Another organisation, or another system's failure seen at this one's interface." },
]);
/** The values of the boundary facet, in table order. */
export const BOUNDARIES = boundary.values;

/** Facet table: how sure a fault tag is. */
const confidence = facet([
  { value: 'stated', label: 'Stated', meaning: 'The report says so.' },
  { value: 'inferred', label: 'Inferred', meaning: "Faultline's reading of the report." },
]);
/** The values of the confidence facet, in table order. */
export const CONFIDENCE = confidence.values;

/** Facet table: how the service failed. */
const failureMode = facet([
  { value: 'crash-halt', label: 'Crash / halt', meaning: 'Stops, with no output (includes silent failure).' },
  { value: 'omission', label: 'Omission', meaning: 'Some messages or requests are dropped.' },
  { value: 'timing-late', label: 'Late (timing)', meaning: 'Correct but too slow: a performance failure.' },
  { value: 'content-incorrect', label: 'Incorrect content', meaning: 'Wrong or corrupt results.' },
  { value: 'erratic', label: 'Erratic', meaning: 'Behaviour that varies unpredictably, e.g. babbling.' },
  { value: 'inconsistent', label: 'Inconsistent', meaning: 'Different observers see different behaviour (Byzantine-like).' },
]);
/** The values of the failureMode facet, in table order. */
export const FAILURE_MODES = failureMode.values;

/** Facet table: whether the failure announced itself. */
const detectability = facet([
  { value: 'signaled', label: 'Signaled', meaning: 'The failure announced itself (errors, alarms).' },
  { value: 'unsignaled', label: 'Unsignaled', meaning: 'Nothing announced the failure.' },
  { value: 'gray', label: 'Gray', meaning: 'The failure detector said healthy while clients were affected.' },
]);
/** The values of the detectability facet, in table order. */
export const DETECTABILITY = detectability.values;

/** Facet table: how the failure spread. */
const propagation = facet([
  { value: 'contained', label: 'Contained', meaning: 'Stayed where it started.' },
  { value: 'cascading', label: 'Cascading', meaning: 'Grew by positive feedback; load shifted onto survivors.' },
  { value: 'metastable', label: 'Metastable', meaning: 'Persisted after the trigger was removed, through a sustaining effect.' },
  { value: 'cross-service', label: 'Cross-service', meaning: 'Spread to the services that depend on the failed one.' },
]);
/** The values of the propagation facet, in table order. */
export const PROPAGATION = propagation.values;

/** Facet table: how much of the system failed. */
const scope = facet([
  { value: 'process', label: 'Process', meaning: 'One process.' },
  { value: 'node', label: 'Node', meaning: 'One machine.' },
  { value: 'rack', label: 'Rack', meaning: 'A rack of machines.' },
  { value: 'zone-or-datacenter', label: 'Zone or data centre', meaning: 'One availability zone or data centre.' },
  { value: 'region', label: 'Region', meaning: 'A whole region.' },
  { value: 'global', label: 'Global', meaning: 'Several regions, a whole country, or worldwide.' },
]);
/** The values of the scope facet, in table order. */
export const SCOPES = scope.values;

/** Facet table: what users suffered. */
const impact = facet([
  { value: 'full-outage', label: 'Full outage', meaning: 'The service was unavailable.' },
  { value: 'partial-outage', label: 'Partial outage', meaning: 'Some requests, users or features failed.' },
  { value: 'degraded-performance', label: 'Degraded performance', meaning: 'Slow, but working.' },
  { value: 'data-loss', label: 'Data loss', meaning: 'Data was lost.' },
  { value: 'data-corruption', label: 'Data corruption', meaning: 'Data was made wrong.' },
  { value: 'stale-data', label: 'Stale data', meaning: 'Old data was served.' },
  { value: 'security-exposure', label: 'Security exposure', meaning: 'Data or systems were exposed.' },
]);
/** The values of the impact facet, in table order. */
export const IMPACTS = impact.values;

/** Facet table: what the process missed. */
const processGap = facet([
  { value: 'testing-gap', label: 'Testing gap', meaning: 'Tests did not catch it.' },
  { value: 'review-gap', label: 'Review gap', meaning: 'Review did not catch it.' },
  { value: 'monitoring-gap', label: 'Monitoring gap', meaning: 'Monitoring missed or lagged it.' },
  { value: 'rollout-gap', label: 'Rollout gap', meaning: 'No canary or staged rollout limited it.' },
  { value: 'capacity-planning-gap', label: 'Capacity-planning gap', meaning: 'Limits or growth were not planned for.' },
  { value: 'runbook-gap', label: 'Runbook gap', meaning: 'Procedures were missing or wrong.' },
  { value: 'automation-hazard', label: 'Automation hazard', meaning: 'Automation caused or worsened it.' },
]);
/** The values of the processGap facet, in table order. */
export const PROCESS_GAPS = processGap.values;

/** Facet table: what a duration measures. */
const durationBasis = facet([
  { value: 'impact-start-to-resolved', label: 'impact start → resolved', meaning: 'From when users were first hurt to resolution.' },
  { value: 'first-alarm-to-resolved', label: 'first alarm → resolved', meaning: 'From the first alarm to resolution.' },
  { value: 'trigger-to-resolved', label: 'trigger → resolved', meaning: 'From the triggering event to resolution.' },
  { value: 'as-reported', label: 'as reported', meaning: 'The figure a source gives, basis unstated.' },
]);
/** The values of the durationBasis facet, in table order. */
export const DURATION_BASES = durationBasis.values;

/** Facet table: the means of dependability an action item uses. */
const means = facet([
  { value: 'prevention', label: 'Prevention', meaning: 'Prevent the occurrence or introduction of faults.' },
  { value: 'tolerance', label: 'Tolerance', meaning: 'Avoid service failures in the presence of faults.' },
  { value: 'removal', label: 'Removal', meaning: 'Reduce the number and severity of faults.' },
  { value: 'forecasting', label: 'Forecasting', meaning: 'Estimate the present number, future incidence and consequences of faults.' },
]);
/** The values of the means facet, in table order. */
export const MEANS = means.values;

/** Facet table: an organisation's part in an incident. */
const orgRole = facet([
  { value: 'operator', label: 'operator', meaning: 'Ran the system that failed.' },
  { value: 'provider', label: 'provider', meaning: 'Supplied a service the system depended on.' },
  { value: 'vendor', label: 'vendor', meaning: 'Supplied software or hardware.' },
  { value: 'customer', label: 'customer', meaning: 'Was affected as a user.' },
  { value: 'reporter', label: 'reporter', meaning: 'Measured or reported on the incident.' },
]);
/** The values of the orgRole facet, in table order. */
export const ORG_ROLES = orgRole.values;

/** Facet table: how the failure was noticed. */
const detectionMethod = facet([
  { value: 'internal-alarm', label: 'Internal alarm', meaning: "The organisation's own monitoring." },
  { value: 'engineer-noticed', label: 'Engineer noticed', meaning: 'A person saw something wrong.' },
  { value: 'customer-reports', label: 'Customer reports', meaning: 'Users told them.' },
  { value: 'external-monitoring', label: 'External monitoring', meaning: 'Someone outside measured it.' },
  { value: 'unknown', label: 'Unknown', meaning: 'Not disclosed.' },
]);
/** The values of the detectionMethod facet, in table order. */
export const DETECTION_METHODS = detectionMethod.values;

/** Phases of an incident's life, for timeline events (shown as written, so no labels). */
export const PHASES = ['trigger', 'detection', 'diagnosis', 'mitigation', 'recovery', 'other'] as const;
/** Whether a source is the organisation's own report. */
export const SOURCE_KINDS = ['primary', 'secondary'] as const;
/** How sure the sheet is of a fact: verified facts carry no mark; likely ones are shown as such. */
export const FACT_CONFIDENCE = ['verified', 'likely'] as const;

/** Every labelled facet's table, by facet name. */
export const FACETS = { faultRole, persistence, boundary, confidence, failureMode, detectability, propagation, scope, impact, processGap, durationBasis, means, orgRole, detectionMethod } as const;

// A value shared by two facets must mean the same there (none is, today); the lookup is by value.
const BY_VALUE = new Map<string, FacetValue>();
for (const { entries } of Object.values(FACETS)) {
  for (const entry of entries as readonly FacetValue[]) {
    const seen = BY_VALUE.get(entry.value);
    if (seen && seen.label !== entry.label) throw new Error(`Facet value "${entry.value}" has two labels: ${seen.label}, ${entry.label}`);
    BY_VALUE.set(entry.value, entry);
  }
}

/** The display label of a facet value, falling back to the value itself. */
export function facetLabel(value: string): string {
  return BY_VALUE.get(value)?.label ?? value;
}

/** The one-line meaning of a facet value, if it is one. */
export function facetMeaning(value: string): string | undefined {
  return BY_VALUE.get(value)?.meaning;
}
