import { describe, expect, it } from 'vitest';
import { dateValue } from '../content/dates';
import { getCorpus } from '.';
import { FOUNDING_CASE_STUDIES, recentlyAdded } from './home';

describe('home page selections', () => {
  const { incidents, incidentById } = getCorpus();
  it('names founding case studies that exist', () => {
    for (const id of FOUNDING_CASE_STUDIES) expect(incidentById.has(id), id).toBe(true);
  });
  it('lists the most recently added first, whatever the file order', () => {
    const newer = { ...incidents[0]!, id: 'zz-newer', added: dateValue('2099-01-01') };
    const list = recentlyAdded([...incidents, newer], 3);
    expect(list[0]!.id).toBe('zz-newer');
    expect(list).toHaveLength(3);
    for (let i = 1; i < list.length; i++) expect(list[i - 1]!.added.start >= list[i]!.added.start).toBe(true);
  });
});
