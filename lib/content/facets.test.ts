import { describe, expect, it } from 'vitest';
import { FACETS, facetLabel, facetMeaning, SCOPES } from './facets';
import { makeIncidentSchema } from './incident-schema';

describe('facet tables', () => {
  it('give every value a label and a meaning, each value once per facet', () => {
    for (const [name, { entries }] of Object.entries(FACETS)) {
      const values = entries.map((e) => e.value);
      expect(new Set(values).size, name).toBe(values.length);
      for (const e of entries) {
        expect(e.label.trim(), `${name}.${e.value}`).not.toBe('');
        expect(e.meaning.trim(), `${name}.${e.value}`).not.toBe('');
      }
    }
  });

  it('are what the schema accepts: the enum is derived from the table', () => {
    const scope = makeIncidentSchema(undefined).shape.scope;
    expect(scope.options).toEqual(FACETS.scope.entries.map((e) => e.value));
    expect(SCOPES).toEqual(scope.options);
  });

  it('look labels and meanings up by value, and leave other text as it is', () => {
    expect(facetLabel('zone-or-datacenter')).toBe('Zone or data centre');
    expect(facetMeaning('gray')).toBe('The failure detector said healthy while clients were affected.');
    expect(facetLabel('not-a-facet-value')).toBe('not-a-facet-value');
    expect(facetMeaning('not-a-facet-value')).toBeUndefined();
  });
});
