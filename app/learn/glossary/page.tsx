import type { Metadata } from 'next';
import { pageMeta } from '@/lib/page-meta';
import { learnPath } from '@/lib/routes';
import { GlossaryPart } from './GlossaryPart';

export const metadata: Metadata = pageMeta({
  title: 'Glossary',
  description: "The technical terms Faultline's incidents use, each defined and linked to the incidents that use it.",
  path: learnPath('glossary'),
});

/** The first glossary page (term ids A–L). */
export default function GlossaryPage() {
  return <GlossaryPart part={0} />;
}
