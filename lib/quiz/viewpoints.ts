import { BOUNDARIES, PERSISTENCE, type FaultTag } from '../content/incident-schema';
import type { FaultClass } from '../content/taxonomy-schema';

/** The Avizienis viewpoints this template asks about, with the values a learner chooses from. */
const VIEWPOINTS = {
  boundary: { label: 'system boundary', values: BOUNDARIES },
  persistence: { label: 'persistence', values: PERSISTENCE },
  phase: { label: 'phase of creation', values: ['development', 'operational'] },
} as const;

/** "Internal (system boundary)": a value named with its viewpoint, so options read unambiguously. */
const optionLabel = (viewpoint: keyof typeof VIEWPOINTS, value: string) =>
  `${value[0]!.toUpperCase()}${value.slice(1)} (${VIEWPOINTS[viewpoint].label})`;

/** The parts of a template-4 question (taxonomy.md §8): Avizienis values of an incident's root fault. */
export interface ViewpointParts {
  options: string[];
  answers: number[];
  explanation: string;
}

/**
 * Template 4 for one fault tag: boundary and persistence come from the tag's own facets, the phase
 * from its class's profile when that profile names exactly one real phase. Undefined when the tag lacks either
 * facet, because then the answer would not be determined by the curated data.
 */
export function viewpointParts(tag: FaultTag, cls: FaultClass | undefined): ViewpointParts | undefined {
  if (!tag.boundary || !tag.persistence) return undefined;
  // A profile may say "unknown" or "varies", or list both phases: only one real phase is an answer.
  const [only, ...more] = cls?.profile.phase ?? [];
  const phase = more.length === 0 && (only === 'development' || only === 'operational') ? only : undefined;
  const known: [keyof typeof VIEWPOINTS, string][] = [
    ['boundary', tag.boundary],
    ['persistence', tag.persistence],
  ];
  if (phase) known.push(['phase', phase]);
  const options = (Object.keys(VIEWPOINTS) as (keyof typeof VIEWPOINTS)[])
    .filter((v) => v !== 'phase' || phase)
    .flatMap((v) => VIEWPOINTS[v].values.map((value) => optionLabel(v, value)));
  const answers = known.map(([v, value]) => options.indexOf(optionLabel(v, value))).sort((a, b) => a - b);
  const why = [
    `${tag.boundary} (the fault ${tag.boundary === 'internal' ? 'arose inside' : 'came from outside'} the system's boundary)`,
    `${tag.persistence} (${tag.persistence === 'permanent' ? 'it stayed until removed' : tag.persistence === 'transient' ? 'it was present for a bounded time' : 'it came and went'})`,
    ...(phase
      ? [
          `${phase} (every ${cls?.name.toLowerCase()} is introduced during ${phase === 'development' ? 'development' : 'use'})`,
        ]
      : []),
  ];
  return { options, answers, explanation: `Its Avizienis values: ${why.join('; ')}.` };
}
