'use client';
import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { CHALLENGES, FAULTS, GOALS, INCIDENTS, LEARN, MATRIX, ORGS, QUIZ, STATS } from '@/lib/routes';

const LINKS = [
  [INCIDENTS, 'Incidents'],
  [FAULTS, 'Faults'],
  [GOALS, 'Goals'],
  [CHALLENGES, 'Challenges'],
  [ORGS, 'Organisations'],
  [LEARN, 'Learn'],
  [QUIZ, 'Quiz'],
  [MATRIX, 'Matrix'],
  [STATS, 'Stats'],
] as const;

/** Primary navigation; marks the section the reader is in. Search is the header's own box, not a link here. */
export function SiteNav() {
  const pathname = usePathname() ?? '/';
  return (
    <nav className="site-nav" aria-label="Main">
      <ul>
        {LINKS.map(([href, label]) => (
          <li key={href}>
            <Link href={href} prefetch={false} aria-current={pathname.startsWith(href) ? 'page' : undefined}>
              {label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
