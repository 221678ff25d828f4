import { SEARCH, withBase } from '@/lib/routes';
/** A GET form to /search/; works without JavaScript. SearchShortcut adds the "/" key. */
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
      <input
        id="header-q"
        type="search"
        name="q"
        placeholder="Search (press /)"
        autoComplete="off"
        aria-keyshortcuts="/"
      />
    </form>
  );
}
