import { describe, expect, it } from 'vitest';
import { faultTypeSchema, glossaryTermSchema, technologySchema } from './taxonomy-schema';

const type = { id: 'operator-action', name: 'Operator action', definition: 'A person did it.' };

describe('aka lists', () => {
  it('are optional and default to none', () => {
    expect(faultTypeSchema.parse(type).aka).toEqual([]);
  });
  it('refuse a name repeated ignoring case', () => {
    const r = faultTypeSchema.safeParse({ ...type, aka: ['human error', 'Human Error'] });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(['aka', 1]);
  });
  it('refuse the record’s own name', () => {
    expect(technologySchema.safeParse({ id: 'waf', name: 'WAF', definition: 'x', aka: ['waf'] }).success).toBe(false);
    expect(glossaryTermSchema.safeParse({ term: 'IPsec', definition: 'x', aka: ['IPSec'] }).success).toBe(false);
  });
  it('refuse blank names', () => {
    expect(faultTypeSchema.safeParse({ ...type, aka: ['  '] }).success).toBe(false);
  });
});
