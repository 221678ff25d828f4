import type { ReactNode } from 'react';

/**
 * A wide table's horizontal scroller. On a phone it scrolls, so it is a labelled region that takes
 * focus: keyboard users can then scroll it with the arrow keys (axe: scrollable-region-focusable).
 */
export function TableScroll({
  label,
  children,
  className,
}: {
  label: string;
  children: ReactNode;
  className?: string;
}) {
  return (
    <div
      className={className ? `table-scroll ${className}` : 'table-scroll'}
      role="region"
      aria-label={label}
      tabIndex={0}
    >
      {children}
    </div>
  );
}
