import { SearchBoxForm } from './SearchBoxForm';
import { SearchShortcut } from './SearchShortcut';

/** The search box in every page's header; a plain GET form, so it works without JavaScript. "/" focuses it. */
export function HeaderSearch() {
  return (
    <>
      <SearchBoxForm />
      <SearchShortcut />
    </>
  );
}
