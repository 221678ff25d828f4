import type { Metadata } from 'next';
import { pageMeta } from '@/lib/page-meta';
import { glossaryPartPath } from '@/lib/routes';
import { GlossaryPart } from '../GlossaryPart';

export const metadata: Metadata = pageMeta({
  title: 'Glossary, M–Z',
  description:
    "The technical terms Faultline's incidents use, M to Z, each defined and linked to the incidents that use it.",
  path: glossaryPartPath(1),
});

/** The second glossary page (term ids M–Z). */
export default function GlossaryMtoZ() {
  return <GlossaryPart part={1} />;
}
