import { describe, expect, it } from 'vitest';
import { financingFromPercents, percentsFromShares } from '../../src/panels/phase/financing';

describe('the financing split as typed', () => {
  it('turns percentages that add up to 100 into shares, dropping roles at 0', () => {
    expect(financingFromPercents({ city: 60, youth: 40, lwb: 0 })).toEqual({ shares: { city: 0.6, youth: 0.4 }, total: 100, ok: true });
  });

  it('says when the total is not 100', () => {
    const check = financingFromPercents({ city: 30, youth: 40 });
    expect(check.ok).toBe(false);
    expect(check.problem).toBe('total');
    expect(check.total).toBe(70);
  });

  it('refuses negative or unreadable entries', () => {
    expect(financingFromPercents({ city: 120, youth: -20 }).problem).toBe('invalid');
    expect(financingFromPercents({ city: Number.NaN, youth: 100 }).problem).toBe('invalid');
  });

  it('accepts splits whose decimals add up to 100', () => {
    expect(financingFromPercents({ a: 33.3, b: 33.3, c: 33.4 }).ok).toBe(true);
  });

  it('shows shares as whole percentages for every role on the form', () => {
    expect(percentsFromShares({ city: 0.6, youth: 0.4 }, ['city', 'youth', 'lwb'])).toEqual({ city: 60, youth: 40, lwb: 0 });
  });
});
