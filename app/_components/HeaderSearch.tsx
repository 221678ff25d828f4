import { SearchBoxForm } from './SearchBoxForm';

/** The search box in every page's header; a plain GET form, so it works without JavaScript. */
export function HeaderSearch() {
  return <SearchBoxForm />;
}
