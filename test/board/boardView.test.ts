import { describe, expect, it } from 'vitest';
import { boardView } from '../../src/board/boardView';
import { judging, neutral } from '../../src/board/colourScale';
import { defaultSeats } from '../../src/rules/game';
import { act, startSession, type LiveSession } from '../../src/rules/session';
import { gruenau } from '../helpers/scenarios';

const scenario = gruenau();

function untilModelYear(live: LiveSession, year: number): LiveSession {
  while (live.state.model.year < year) {
    const next = act(scenario, live, { type: 'next' });
    if (!next.ok) throw new Error(next.rejection.code);
    live = next.live;
  }
  return live;
}

describe('the board view', () => {
  const start = startSession(scenario, 1, defaultSeats(scenario));

  it('names the year and the phase in the chosen language', () => {
    expect(boardView(scenario, start, 'vacancy', 'de').headline).toBe('1997 · Nachrichten');
    expect(boardView(scenario, start, 'vacancy', 'en').headline).toBe('1997 · News');
  });

  it('shows every district with its name, its value as text and a colour from the scale', () => {
    const view = boardView(scenario, start, 'vacancy', 'en');
    expect(view.districts.map((d) => d.id)).toEqual(scenario.districts.map((d) => d.id));
    expect(view.districts[0]!.name).toBe('Complex 1');
    for (const d of view.districts) {
      expect(d.valueText).toMatch(/^\d+%$/);
      // At the start nothing has changed yet: every district has the scale's light middle, and no trend.
      expect(d.change).toBe(0);
      expect(d.colour).toBe(judging(0.5));
      expect(d.trend).toBeNull();
    }
    expect(view.indicatorName).toBe('Vacancy');
    expect(view.trendKey).toBeNull();
  });

  it('draws one block per ~200 flats, renovated first', () => {
    const view = boardView(scenario, start, 'vacancy', 'de');
    const wk8 = view.districts.find((d) => d.id === 'wk8')!;
    expect(wk8.slots.filter((s) => s === 'renovated')).toHaveLength(6);
    expect(wk8.slots.filter((s) => s === 'unrenovated')).toHaveLength(40);
    expect(wk8.slots.indexOf('unrenovated')).toBe(6);
  });

  it('keeps the slots of demolished blocks, so the others stay in place', () => {
    const later = untilModelYear(start, 1999);
    const before = boardView(scenario, start, 'vacancy', 'de');
    const after = boardView(scenario, later, 'vacancy', 'de');
    for (const d of after.districts) {
      const was = before.districts.find((b) => b.id === d.id)!;
      expect(d.slots.length).toBeGreaterThanOrEqual(was.slots.length);
    }
    expect(after.modelYear).toBe(1999);
  });

  it('colours by the change since the start on a fixed scale: worse is orange, better blue, for every indicator', () => {
    const later = untilModelYear(start, 2000);
    for (const indicator of ['vacancy', 'population', 'image'] as const) {
      const view = boardView(scenario, later, indicator, 'de');
      expect(view.direction).not.toBe(0);
      for (const d of view.districts) {
        const worse = d.change * view.direction < 0;
        const [r, b] = [(d.colour >> 16) & 255, d.colour & 255];
        if (Math.abs(d.change) > 0.01) expect(worse ? r > b : b > r).toBe(true);
      }
    }
  });

  it('gives a district the same colour for the same change, whatever the other districts do', () => {
    const later = untilModelYear(start, 1999);
    const view = boardView(scenario, later, 'vacancy', 'de');
    const again = boardView(scenario, untilModelYear(later, 2001), 'vacancy', 'de');
    // The start stays the reference: a later year changes the colours only through the districts' own changes.
    for (const d of again.districts) {
      const was = view.districts.find((v) => v.id === d.id)!;
      if (d.change === was.change) expect(d.colour).toBe(was.colour);
    }
    expect(view.scale).toEqual({
      title: 'Veränderung seit 1997',
      left: { word: 'schlechter', change: '+15\u00a0Pp.' },
      right: { word: 'besser', change: '−15\u00a0Pp.' },
    });
  });

  it('marks each district with its trend against the previous model year, judged by the shared objectives', () => {
    const later = untilModelYear(start, 1999);
    const view = boardView(scenario, later, 'vacancy', 'en');
    // Model year 1999 is reached by the simulation of the game's year 1999: the trend is that year's change.
    expect(view.trendKey).toBe('in 1999');
    for (const d of view.districts) {
      expect(d.trend).not.toBeNull();
      if (d.trend!.direction === 'up') expect(d.trend!.verdict).toBe('bad');
      if (d.trend!.direction === 'down') expect(d.trend!.verdict).toBe('good');
      if (d.trend!.direction === 'flat') expect(d.trend!.verdict).toBe('neutral');
    }
  });

  it('uses the neutral hue, and no verdict, for an indicator nobody weighs', () => {
    const later = untilModelYear(start, 1999);
    const view = boardView(scenario, later, 'households', 'en');
    expect(view.direction).toBe(0);
    expect(view.scale.left.word).toBe('less');
    for (const d of view.districts) {
      expect(d.trend?.verdict).toBe('neutral');
      expect(d.colour).not.toBe(judging(0.5));
    }
    const none = view.districts.find((d) => d.change === 0);
    if (none) expect(none.colour).toBe(neutral(0.5));
  });
});
