import { describe, expect, it } from 'vitest';
import { domainFor, formatValue, indicatorKind, position } from '../../src/board/indicatorScale';

describe('how indicators are read on the board', () => {
  it('knows counts, percentages and indices', () => {
    expect(indicatorKind('population')).toBe('count');
    expect(indicatorKind('vacancy')).toBe('percent');
    expect(indicatorKind('trust')).toBe('index');
  });

  it('spans shares on whole tenths around the values seen, at least two tenths wide', () => {
    expect(domainFor('vacancy', [0.05, 0.13, 0.09])).toEqual({ min: 0, max: 0.2 });
    expect(domainFor('image', [0.42, 0.55, 0.61])).toEqual({ min: 0.4, max: 0.7 });
    expect(domainFor('trust', [0.95, 0.99])).toEqual({ min: 0.8, max: 1 });
    expect(domainFor('vandalism', [0.3, 0.3])).toEqual({ min: 0.2, max: 0.4 });
  });

  it('starts counts at zero and ends them on a round number', () => {
    expect(domainFor('population', [8123, 17990, 4020])).toEqual({ min: 0, max: 20000 });
    expect(domainFor('flats', [120, 260])).toEqual({ min: 0, max: 500 });
  });

  it('ignores values that are not numbers', () => {
    expect(domainFor('vacancy', [Number.NaN])).toEqual({ min: 0, max: 1 });
    expect(domainFor('vacancy', [Number.NaN, 0.15])).toEqual({ min: 0.1, max: 0.3 });
  });

  it('places values on the domain between 0 and 1', () => {
    expect(position(0.15, { min: 0.1, max: 0.2 })).toBeCloseTo(0.5);
    expect(position(0.5, { min: 0.1, max: 0.2 })).toBe(1);
    expect(position(0, { min: 0.1, max: 0.2 })).toBe(0);
    expect(position(3, { min: 1, max: 1 })).toBe(0);
  });

  it('writes values the way each language does', () => {
    expect(formatValue('vacancy', 0.134, 'de')).toBe('13\u00a0%');
    expect(formatValue('vacancy', 0.134, 'en')).toBe('13%');
    // Indices read as points of 100, as in the panels and the debrief.
    expect(formatValue('trust', 0.456, 'de')).toBe('46');
    expect(formatValue('trust', 0.456, 'en')).toBe('46');
    expect(formatValue('population', 12345.6, 'de')).toBe('12.346');
    expect(formatValue('population', 12345.6, 'en')).toBe('12,346');
    expect(formatValue('image', 0.7, 'de')).toBe('70');
  });
});
