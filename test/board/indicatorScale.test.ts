import { describe, expect, it } from 'vitest';
import { changeOf, formatChange, formatValue, FULL_CHANGE, goodDirection, indicatorKind, scalePosition, trendOf } from '../../src/board/indicatorScale';

describe('how indicators are read on the board', () => {
  it('knows counts, percentages and indices', () => {
    expect(indicatorKind('population')).toBe('count');
    expect(indicatorKind('vacancy')).toBe('percent');
    expect(indicatorKind('trust')).toBe('index');
  });

  it('measures change since the start relatively for counts and in points for shares and indices', () => {
    expect(changeOf('population', 8000, 10000)).toBeCloseTo(-0.2);
    expect(changeOf('vacancy', 0.2, 0.13)).toBeCloseTo(0.07);
    expect(changeOf('image', 0.4, 0.5)).toBeCloseTo(-0.1);
    expect(changeOf('flats', 0, 0)).toBe(0);
    expect(changeOf('vacancy', Number.NaN, 0.1)).toBe(0);
  });

  it('places a change on the fixed scale: the middle for none, the ends at the full change, worse always to the left', () => {
    expect(scalePosition('vacancy', 0, -1)).toBe(0.5);
    expect(scalePosition('vacancy', FULL_CHANGE.vacancy, -1)).toBe(0);
    expect(scalePosition('vacancy', -1, -1)).toBe(1);
    expect(scalePosition('population', -FULL_CHANGE.population, 1)).toBe(0);
    expect(scalePosition('population', 2 * FULL_CHANGE.population, 1)).toBe(1);
    // Without a verdict, more is to the right.
    expect(scalePosition('households', 0.1, 0)).toBeGreaterThan(0.5);
    // One year's change (a percentage point of vacancy) already shows.
    expect(Math.abs(scalePosition('vacancy', 0.01, -1) - 0.5)).toBeGreaterThan(0.09);
  });

  it('takes the direction of better from the shared objectives, else from roles that all agree, else none', () => {
    const roles = (...objectives: Record<string, number>[]) => objectives.map((o) => ({ objectives: o })) as never;
    expect(goodDirection({ sharedObjectives: { vacancy: -1 }, roles: roles() }, 'vacancy')).toBe(-1);
    expect(goodDirection({ sharedObjectives: { image: 0.5 }, roles: roles({ image: -1 }) }, 'image')).toBe(1);
    expect(goodDirection({ sharedObjectives: {}, roles: roles({ vandalism: -1 }, { vandalism: -2 }, {}) }, 'vandalism')).toBe(-1);
    expect(goodDirection({ sharedObjectives: {}, roles: roles({ flats: 1 }, { flats: -1 }) }, 'flats')).toBe(0);
    expect(goodDirection({ sharedObjectives: { seniorShare: 0 }, roles: roles({ seniorShare: 0 }) }, 'seniorShare')).toBe(0);
  });

  it('judges a trend by the direction of better, and calls a change too small to show steady', () => {
    expect(trendOf('vacancy', 0.15, 0.13, -1)).toEqual({ direction: 'up', verdict: 'bad' });
    expect(trendOf('population', 900, 1000, 1)).toEqual({ direction: 'down', verdict: 'bad' });
    expect(trendOf('image', 0.52, 0.5, 1)).toEqual({ direction: 'up', verdict: 'good' });
    expect(trendOf('households', 990, 1000, 0)).toEqual({ direction: 'down', verdict: 'neutral' });
    expect(trendOf('vacancy', 0.1302, 0.13, -1)).toEqual({ direction: 'flat', verdict: 'neutral' });
  });

  it('writes the ends of the scale as signed changes in the indicator\'s unit', () => {
    expect(formatChange('vacancy', 0.15, 'de')).toBe('+15\u00a0Pp.');
    expect(formatChange('vacancy', -0.15, 'en')).toBe('−15\u00a0pp');
    expect(formatChange('population', -0.3, 'de')).toBe('−30\u00a0%');
    expect(formatChange('population', 0.3, 'en')).toBe('+30%');
    expect(formatChange('image', 0.2, 'en')).toBe('+20\u00a0pts');
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
