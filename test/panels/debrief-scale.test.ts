import { describe, expect, it } from 'vitest';
import { tickLabel, valueLabel } from '../../src/panels/debrief/format';
import { decimalsFor, linear, niceStep, valueAxis, yearTicks } from '../../src/panels/debrief/scale';

describe('debrief chart scales', () => {
  it('steps are 1, 2, 2.5 or 5 times a power of ten', () => {
    expect(niceStep(30_000, 4)).toBe(10_000);
    expect(niceStep(0.38, 5)).toBe(0.1);
    expect(niceStep(0.09, 4)).toBe(0.025);
    expect(niceStep(7, 7)).toBe(1);
  });

  it('widens the value axis to whole steps and never gives more ticks than asked', () => {
    const population = valueAxis(40_721, 64_470, 5);
    expect(population).toEqual({ lo: 40_000, hi: 70_000, step: 10_000, ticks: [40_000, 50_000, 60_000, 70_000] });
    for (const [min, max, n] of [[0.0227, 0.382, 5], [0.47, 0.69, 5], [0.14, 0.21, 4], [-12, 640, 7]] as const) {
      const axis = valueAxis(min, max, n);
      expect(axis.ticks.length).toBeLessThanOrEqual(n);
      expect(axis.lo).toBeLessThanOrEqual(min);
      expect(axis.hi).toBeGreaterThanOrEqual(max);
    }
  });

  it('tries the next nice step when widening adds a tick too many', () => {
    expect(valueAxis(0.15, 0.94, 5).ticks).toEqual([0, 0.25, 0.5, 0.75, 1]);
    expect(valueAxis(-12, 640, 7).step).toBe(200);
  });

  it('keeps shares from going below zero and ticks free of float noise', () => {
    const vacancy = valueAxis(0.0227, 0.382, 5);
    expect(vacancy.lo).toBe(0);
    expect(vacancy.ticks).toEqual([0, 0.1, 0.2, 0.3, 0.4]);
  });

  it('gives a flat line an axis around it', () => {
    const flat = valueAxis(0.5, 0.5, 5);
    expect(flat.lo).toBeLessThan(0.5);
    expect(flat.hi).toBeGreaterThan(0.5);
  });

  it('labels years at whole multiples so the labels fit', () => {
    expect(yearTicks(1996, 2010, 6)).toEqual([2000, 2005, 2010]);
    expect(yearTicks(1996, 2010, 8)).toEqual([1996, 1998, 2000, 2002, 2004, 2006, 2008, 2010]);
    expect(yearTicks(2001, 2001, 5)).toEqual([2001]);
  });

  it('maps values linearly onto pixels, upside down for the value axis', () => {
    const y = linear([0, 100], [300, 20]);
    expect(y(0)).toBe(300);
    expect(y(50)).toBe(160);
    expect(linear([5, 5], [0, 10])(5)).toBe(5);
  });

  it('writes ticks with as many decimals as the step needs, in each language', () => {
    expect(decimalsFor(0.25)).toBe(2);
    expect(decimalsFor(5)).toBe(0);
    expect(tickLabel('percent', 0.2, 0.1, 'de')).toBe('20\u00a0%');
    expect(tickLabel('percent', 0.225, 0.025, 'en')).toBe('22.5%');
    expect(tickLabel('count', 60_000, 10_000, 'de')).toBe('60.000');
    expect(tickLabel('count', 60_000, 10_000, 'en')).toBe('60,000');
    // Indices read as points of 100, as in the phase panels.
    expect(tickLabel('index', 0.5, 0.1, 'de')).toBe('50');
    expect(tickLabel('index', 0.475, 0.025, 'en')).toBe('47.5');
    expect(valueLabel('percent', 0.1101, 'de')).toBe('11,0\u00a0%');
    expect(valueLabel('index', 0.4321, 'en')).toBe('43\u00a0/\u00a0100');
  });
});
