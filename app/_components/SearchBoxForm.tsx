import { SEARCH, withBase } from '@/lib/routes';
/**
 * A GET form to /search/; works without JavaScript. SearchShortcut adds the "/" key; the hint for
 * it shows only where there is a keyboard and a fine pointer (globals.css, .key-hint).
 */
export function SearchBoxForm() {
  const base = process.env.NEXT_PUBLIC_BASE_PATH ?? '';
  return (
    <form
      className="header-search no-print"
      role="search"
      aria-label="Site search"
      action={withBase(SEARCH, base)}
      method="get"
    >
      <label className="sr-only" htmlFor="header-q">
        Search incidents
      </label>
      <input id="header-q" type="search" name="q" placeholder="Search" autoComplete="off" aria-keyshortcuts="/" />
      <span className="key-hint" aria-hidden="true">
        <kbd>/</kbd>
      </span>
    </form>
  );
}
