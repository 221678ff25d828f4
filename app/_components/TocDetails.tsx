'use client';

import { useEffect, useRef, type ReactNode } from 'react';

/** Where the table of contents moves to the right column and stays open (as in globals.css). */
const WIDE = '(width > 60rem)';

/**
 * The case-study table of contents: one `<details>` for every width. CSS shows it open in the right
 * column on wide screens even before (or without) JavaScript; this marks it open there too, so
 * assistive technology is told the truth, and folds it again on narrow screens.
 */
export function TocDetails({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    const wide = window.matchMedia(WIDE);
    const sync = () => {
      if (ref.current) ref.current.open = wide.matches;
    };
    sync();
    wide.addEventListener('change', sync);
    return () => wide.removeEventListener('change', sync);
  }, []);
  return (
    <details className="toc" ref={ref}>
      {children}
    </details>
  );
}
