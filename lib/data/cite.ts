import type { Incident } from '../content/load';
import { formatPartialDate } from '../content/dates';
import { SITE_NAME } from '../site';
import { absoluteUrl } from './urls';
import { incidentPath } from '../routes';

/** Escapes BibTeX's special characters in a field value. */
function bib(value: string): string {
  return value.replace(/[\\{}]/g, (c) => `\\${c}`).replace(/[&%$#_]/g, (c) => `\\${c}`);
}

/** A one-line human citation of an incident record. */
export function citeLine(inc: Incident): string {
  return `${SITE_NAME} contributors, “${inc.title}”, ${SITE_NAME}, ${absoluteUrl(incidentPath(inc.id))} (CC BY 4.0).`;
}

/** A BibTeX @misc entry for an incident record; the key is stable because ids are. */
export function citeBibtex(inc: Incident): string {
  const url = absoluteUrl(incidentPath(inc.id));
  return [
    `@misc{faultline-${inc.id},`,
    `  author = {{${SITE_NAME} contributors}},`,
    `  title = {${bib(inc.title)}},`,
    `  howpublished = {\\url{${url}}},`,
    `  note = {${SITE_NAME} incident record of ${bib(formatPartialDate(inc.started))}. Licensed CC BY 4.0},`,
    `}`,
  ].join('\n');
}
