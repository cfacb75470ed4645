import { describe, expect, it } from 'vitest';
import { boardView } from '../../src/board/boardView';
import { viridis } from '../../src/board/colourScale';
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
      expect(d.value).toBeGreaterThanOrEqual(view.domain.min);
      expect(d.value).toBeLessThanOrEqual(view.domain.max);
    }
    const lowest = view.districts.reduce((a, b) => (b.value < a.value ? b : a));
    expect(lowest.colour).toBe(viridis((lowest.value - view.domain.min) / (view.domain.max - view.domain.min)));
    expect(view.indicatorName).toBe('Vacancy');
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

  it('keeps colours comparable across the years played: the scale covers every year seen', () => {
    const first = boardView(scenario, start, 'vacancy', 'de').districts.map((d) => d.value);
    const view = boardView(scenario, untilModelYear(start, 2000), 'vacancy', 'de');
    const all = [...first, ...view.districts.map((d) => d.value)];
    expect(view.domain.min).toBeLessThanOrEqual(Math.min(...all));
    expect(view.domain.max).toBeGreaterThanOrEqual(Math.max(...all));
  });
});
