import type { Incident } from '../content/load';
import { formatPartialDate, MONTH_NAMES } from '../content/dates';
import type { TaxonomyIndex } from './taxonomy-index';

/** The names of the organisations that ran the failing system (all organisations when none is the operator). */
export function operatorNames(inc: Incident, tax: TaxonomyIndex): string[] {
  const operators = inc.orgs.filter((o) => o.role === 'operator');
  return (operators.length ? operators : inc.orgs).map((o) => tax.orgById.get(o.id)?.name ?? o.id);
}

/** The compact fields an incident list needs for one incident (also sent to the client browser). */
export function summarise(inc: Incident, tax: TaxonomyIndex) {
  return {
    id: inc.id,
    title: inc.title,
    summary: inc.summary,
    startedAt: inc.started.at,
    startedLabel: formatPartialDate(inc.started),
    sortKey: inc.started.start,
    orgs: operatorNames(inc, tax),
    keyFaults: inc.faults
      .filter((f) => f.role !== 'contributing')
      .map((f) => ({ id: f.type, name: tax.typeById.get(f.type)?.name ?? f.type, role: f.role })),
    classes: [...new Set(inc.faults.map((f) => tax.classOfType.get(f.type)?.id).filter((c): c is string => !!c))],
    goals: inc.goals.map((g) => g.id),
    technologies: inc.technologies,
  };
}

/** One incident in /data/incident-list.json: the list fields without the summary, which the filtered view leaves out to keep the file small. */
export type IncidentListEntry = Omit<IncidentSummary, 'summary'> & { summary?: undefined };

/** The content of /data/incident-list.json, fetched by the incident list's filters. */
export function incidentListFile(
  incidents: readonly Incident[],
  tax: TaxonomyIndex,
): { count: number; incidents: IncidentListEntry[] } {
  const entries = incidents.map((inc) => {
    // eslint-disable-next-line @typescript-eslint/no-unused-vars -- the summary is dropped on purpose
    const { summary: _summary, ...rest } = summarise(inc, tax);
    return rest;
  });
  return { count: entries.length, incidents: entries };
}

/** One incident as the browser shows it. */
export type IncidentSummary = ReturnType<typeof summarise>;

/** How many incidents carry each key, in the order of `keys`, with zero counts kept. */
export function countBy(
  incidents: readonly IncidentSummary[],
  keys: readonly string[],
  keysOf: (s: IncidentSummary) => readonly string[],
): { key: string; count: number }[] {
  return keys.map((key) => ({ key, count: incidents.filter((s) => keysOf(s).includes(key)).length }));
}

/** A short name for an incident where a title would be too long: "AWS, Nov 2020". */
export function shortIncidentLabel(inc: Incident, tax: TaxonomyIndex): string {
  const org = operatorNames(inc, tax)[0] ?? inc.id;
  const start = new Date(inc.started.start);
  const year = start.getUTCFullYear();
  const when =
    inc.started.precision === 'year' ? `${year}` : `${MONTH_NAMES[start.getUTCMonth()]!.slice(0, 3)} ${year}`;
  return `${org.replace(/ \(.*\)$/, '')}, ${when}`;
}
