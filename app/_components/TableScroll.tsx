import type { ReactNode } from 'react';

/**
 * A wide table's horizontal scroller. On a phone it scrolls, so it is a labelled region that takes
 * focus: keyboard users can then scroll it with the arrow keys (axe: scrollable-region-focusable).
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
