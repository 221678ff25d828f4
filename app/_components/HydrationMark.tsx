'use client';
import { useEffect } from 'react';

/**
 * Marks <html data-hydrated> once React has hydrated the page. A click or key press that lands
 * before that is lost (React listens only from hydration on), so browser tests wait for this mark
 * before they use a control that needs JavaScript.
 */
export function HydrationMark() {
  useEffect(() => {
    document.documentElement.dataset.hydrated = '';
  }, []);
  return null;
}
