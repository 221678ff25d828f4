import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import Link from 'next/link';
import { SITE_NAME, SITE_URL, BASE_PATH } from '@/lib/site';
import { SiteNav } from './_components/SiteNav';
import { ThemeToggle, THEME_BOOT_SCRIPT } from './_components/ThemeToggle';
import { HeaderSearch } from './_components/HeaderSearch';
import { HydrationMark } from './_components/HydrationMark';
import { contentSecurityPolicy } from '@/lib/security/csp';
import './globals.css';
import { ABOUT_METHOD, HOME } from '@/lib/routes';

export const metadata: Metadata = {
  // Without a configured origin, no page emits an absolute URL (see lib/page-meta.ts).
  ...(SITE_URL && { metadataBase: new URL(`${SITE_URL}${BASE_PATH}/`) }),
  title: { default: `${SITE_NAME} — real distributed-systems failures, explained`, template: `%s — ${SITE_NAME}` },
  description:
    'A knowledge base of public distributed-systems postmortems, tagged by fault type, goal and challenge, with case studies, search and self-quizzes.',
  openGraph: { siteName: SITE_NAME, type: 'website' },
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

/** The shell every page shares: skip link, header with navigation and search, footer. */
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en" suppressHydrationWarning>
      <head>
        {/* First in <head> so it governs every script after it; backs up the Markdown sanitiser. */}
        <meta
          httpEquiv="Content-Security-Policy"
          content={contentSecurityPolicy(process.env.NODE_ENV === 'development' ? 'development' : 'production')}
        />
        {/* Runs before paint so a remembered theme never flashes the other one. */}
        <script dangerouslySetInnerHTML={{ __html: THEME_BOOT_SCRIPT }} />
      </head>
      <body>
        <a className="skip-link" href="#faultline-main">
          Skip to content
        </a>
        <header className="site-header">
          <div className="inner">
            <Link className="brand" href={HOME} prefetch={false}>
              Faultline
            </Link>
            <SiteNav />
            <div className="header-tools">
              <HeaderSearch />
              <ThemeToggle />
            </div>
          </div>
        </header>
        <main id="faultline-main" tabIndex={-1}>
          {children}
        </main>
        <footer className="site-footer">
          <div className="inner">
            <p>
              Faultline: public postmortems as cited, tagged case studies.{' '}
              <Link href={ABOUT_METHOD} prefetch={false}>
                How incidents are tagged
              </Link>
              . Code MIT; content and data CC BY 4.0.
            </p>
          </div>
        </footer>
        <HydrationMark />
      </body>
    </html>
  );
}
