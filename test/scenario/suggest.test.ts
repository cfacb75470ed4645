import { describe, expect, it } from 'vitest';
import { suggest } from '../../src/scenario/suggest';

describe('did you mean', () => {
  it('suggests the closest name for a typo, swapped letters or a different case', () => {
    expect(suggest('cots', ['cost', 'capital', 'duration'])).toBe('cost');
    expect(suggest('Lead', ['lead', 'fields'])).toBe('lead');
    expect(suggest('housingcompany', ['city', 'housingCompany'])).toBe('housingCompany');
  });

  it('stays silent when nothing is close enough to be a likely typo', () => {
    expect(suggest('colour', ['startYear', 'turns', 'turnLength'])).toBeUndefined();
    expect(suggest('x', ['id'])).toBeUndefined();
    expect(suggest('anything', [])).toBeUndefined();
  });
});
