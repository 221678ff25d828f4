import type { Incident } from '../content/load';
import { formatPartialDate, startInstant } from '../content/dates';
import type { TaxonomyIndex } from './taxonomy-index';

/** The compact fields the incident browser needs for one incident (sent to the client). */
export function summarise(inc: Incident, tax: TaxonomyIndex) {
  const operators = inc.orgs.filter((o) => o.role === 'operator');
  return {
    id: inc.id,
    title: inc.title,
    summary: inc.summary,
    startedAt: inc.started.at,
    startedLabel: formatPartialDate(inc.started),
    sortKey: startInstant(inc.started.at),
    orgs: (operators.length ? operators : inc.orgs).map((o) => tax.orgById.get(o.id)?.name ?? o.id),
    keyFaults: inc.faults.filter((f) => f.role !== 'contributing').map((f) => ({ name: tax.typeById.get(f.type)?.name ?? f.type, role: f.role })),
    classes: [...new Set(inc.faults.map((f) => tax.classOfType.get(f.type)?.id).filter((c): c is string => !!c))],
    goals: inc.goals.map((g) => g.id),
  };
}

/** One incident as the browser shows it. */
export type IncidentSummary = ReturnType<typeof summarise>;

/** How many incidents carry each key, in the order of `keys`, with zero counts kept. */
export function countBy(incidents: readonly IncidentSummary[], keys: readonly string[], keysOf: (s: IncidentSummary) => readonly string[]): { key: string; count: number }[] {
  return keys.map((key) => ({ key, count: incidents.filter((s) => keysOf(s).includes(key)).length }));
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A short name for an incident where a title would be too long: "AWS, Nov 2020". */
export function shortIncidentLabel(inc: Incident, tax: TaxonomyIndex): string {
  const operator = inc.orgs.find((o) => o.role === 'operator') ?? inc.orgs[0];
  const org = operator ? (tax.orgById.get(operator.id)?.name ?? operator.id) : inc.id;
  const [year, month] = inc.started.at.split('-');
  const when = month ? `${MONTHS[Number(month) - 1]} ${year}` : year;
  return `${org.replace(/ \(.*\)$/, '')}, ${when}`;
}
