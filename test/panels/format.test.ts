import { describe, expect, it } from 'vitest';
import { arrow, indicatorChange, indicatorKind, indicatorValue, negligible, resources } from '../../src/panels/phase/format';

const NBSP = '\u00a0';

describe('indicators as the room reads them', () => {
  it('reads counts as whole numbers, shares as percentages and states as points out of 100', () => {
    expect(indicatorKind('population')).toBe('count');
    expect(indicatorKind('vacancy')).toBe('percent');
    expect(indicatorKind('trust')).toBe('index');
    expect(indicatorValue('population', 62427.4, 'de')).toBe('62.427');
    expect(indicatorValue('vacancy', 0.1294, 'en')).toBe('12.9%');
    expect(indicatorValue('vacancy', 0.1294, 'de')).toBe(`12,9${NBSP}%`);
    expect(indicatorValue('image', 0.456, 'en')).toBe(`46${NBSP}/${NBSP}100`);
  });

  it('states changes in the indicator’s own unit: people, percentage points or index points', () => {
    expect(indicatorChange('population', -2043.2, 'en')).toBe('\u22122,043');
    expect(indicatorChange('vacancy', 0.019, 'de')).toBe(`+1,9${NBSP}Pp.`);
    expect(indicatorChange('trust', 0.044, 'en')).toBe(`+4.4${NBSP}pts`);
  });

  it('shows the direction as a shape, and a flat arrow for changes too small to show', () => {
    expect(arrow('population', -12)).toBe('▼');
    expect(arrow('vacancy', 0.002)).toBe('▲');
    expect(arrow('vacancy', 0.0001)).toBe('▶');
    expect(negligible('population', 0.4)).toBe(true);
    expect(negligible('image', 0.001)).toBe(false);
  });

  it('lists money and time together, leaving out what is zero', () => {
    expect(resources({ money: 300000, staffTime: 0, volunteerHours: 200 }, 'de')).toBe(`300.000${NBSP}€ · 200${NBSP}Ehrenamtsstunden`);
    expect(resources({ money: 0, staffTime: 0, volunteerHours: 0 }, 'en')).toBe('—');
  });
});
