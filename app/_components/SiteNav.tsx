'use client';
import Link from 'next/link';
import { usePathname } from 'next/navigation';

const LINKS = [
  ['/incidents/', 'Incidents'],
  ['/faults/', 'Faults'],
  ['/goals/', 'Goals'],
  ['/challenges/', 'Challenges'],
  ['/orgs/', 'Organisations'],
  ['/learn/', 'Learn'],
  ['/quiz/', 'Quiz'],
  ['/matrix/', 'Matrix'],
  ['/stats/', 'Stats'],
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
