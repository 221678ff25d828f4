import type { DependabilityProfile } from '@/lib/content/taxonomy-schema';
import { TableScroll } from './TableScroll';

const VIEWPOINTS: [keyof DependabilityProfile, string][] = [
  ['phase', 'Phase of creation or occurrence'],
  ['boundary', 'System boundaries'],
  ['phenomenologicalCause', 'Phenomenological cause'],
  ['dimension', 'Dimension'],
  ['objective', 'Objective'],
  ['intent', 'Intent'],
  ['capability', 'Capability'],
  ['persistence', 'Persistence'],
  ['group', 'Avizienis grouping'],
];

/**
 * Avizienis et al.'s value names where the bare word misleads a reader: an "incompetence fault" is
 * one made for lack of the professional competence a task needed, not a judgement of the people.
 */
const VALUE_WORDING: Record<string, string> = {
  accidental: 'accidental (made by mistake)',
  incompetence: 'lack of competence for the task (Avizienis: “incompetence faults”)',
};

/** A fault class's dependability profile as a two-column table. */
export function ProfileTable({ profile }: { profile: DependabilityProfile }) {
  return (
    <TableScroll label="Dependability profile">
      <table>
        <caption className="sr-only">Dependability profile</caption>
        <thead>
          <tr>
            <th scope="col">Viewpoint</th>
            <th scope="col">Typical values</th>
          </tr>
        </thead>
        <tbody>
          {VIEWPOINTS.map(([key, label]) => (
            <tr key={key}>
              <th scope="row">{label}</th>
              <td>{profile[key].map((v) => VALUE_WORDING[v] ?? v).join(', ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
