// The labels live in the facet tables (lib/content/facets.ts), from which the schema's enums are
// derived; this module only keeps the import path the case-study page and its components use.
export { facetLabel, facetMeaning } from '../content/facets';
