import type { Incident } from '../content';

/**
 * The lecture's fault kinds ("disks fail" … "datacenter goes offline"), each mapped onto Faultline's
 * fault types, or onto the incident scope for a datacenter going offline, which is a failure's
 * extent rather than its cause.
 */
export interface LectureFaultKind {
  id: string;
  /** The kind as the lecture lists it. */
  name: string;
  /** What to plan for, in Faultline's words. */
  plan: string;
  /** Fault types (leaf ids) that count as this kind. */
  faultTypes: readonly string[];
  /** Incident scopes that count as this kind. */
  scopes?: readonly string[];
}

/** The six fault kinds of the lecture, in its order. */
export const LECTURE_FAULT_KINDS: readonly LectureFaultKind[] = [
  {
    id: 'disks',
    name: 'Disks fail',
    plan: 'Keep copies of data on other disks and other machines, and notice a disk that has slowed rather than died.',
    faultTypes: ['storage-device-failure', 'fail-slow-hardware'],
  },
  {
    id: 'networking',
    name: 'Networking fails',
    plan: 'Expect links to be cut, devices to die, routes to go wrong and partitions to split the system.',
    faultTypes: [
      'link-cut',
      'network-device-failure',
      'network-partition',
      'network-degradation',
      'routing-or-naming-fault',
    ],
  },
  {
    id: 'power-supplies',
    name: 'Power supplies fail',
    plan: 'A machine’s own power supply or other hardware can die: the service must survive losing that server.',
    faultTypes: ['server-hardware-failure'],
  },
  {
    id: 'security',
    name: 'Security is breached',
    plan: 'Attackers can break in or flood the service; a breach is a fault to design for, not only to prevent.',
    faultTypes: ['intrusion-or-compromise', 'denial-of-service-attack'],
  },
  {
    id: 'power-cuts',
    name: 'Power goes out',
    plan: 'A whole facility can lose its power, taking every machine in it down at once.',
    faultTypes: ['facility-power-loss'],
  },
  {
    id: 'datacenter-offline',
    name: 'A datacenter goes offline',
    plan: 'Fire, flood, heat or a cut-off site can remove a whole datacenter: keep copies in another.',
    faultTypes: [],
    scopes: ['zone-or-datacenter'],
  },
];

/** The incidents of a kind: any fault of one of its types, or a matching scope; in corpus order. */
export function incidentsOfKind(kind: LectureFaultKind, incidents: readonly Incident[]): Incident[] {
  return incidents.filter(
    (i) => i.faults.some((f) => kind.faultTypes.includes(f.type)) || (kind.scopes?.includes(i.scope) ?? false),
  );
}

/** The kinds with no incident in the corpus yet. */
export function kindsWithoutIncidents(incidents: readonly Incident[]): LectureFaultKind[] {
  return LECTURE_FAULT_KINDS.filter((k) => incidentsOfKind(k, incidents).length === 0);
}
