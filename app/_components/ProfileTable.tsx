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
              <td>{profile[key].join(', ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
