import { describe, expect, it } from 'vitest';
import { playBotGame } from '../../src/bots/autoplay';
import { defaultSeats } from '../../src/rules/game';
import { modelTimeline } from '../../src/rules/timeline';
import { yearRows } from '../../src/sim/report';
import { referencePlan, runPlan } from '../../src/sim/run';
import { extent, playsOf, seriesOf } from '../../src/panels/debrief/series';
import { small } from '../rules/helpers';

describe('debrief chart lines', () => {
  const scenario = small();
  const live = playBotGame(scenario, 5, defaultSeats(scenario));

  it('draws the game, the same seed without measures and the history play', () => {
    const plays = playsOf(scenario, live);
    expect(plays.map((p) => p.id)).toEqual(['game', 'none', 'history']);
    expect(plays[0]!.rows).toEqual(yearRows(scenario, modelTimeline(live)));
    expect(plays[1]!.rows).toEqual(yearRows(scenario, runPlan(scenario, 5, new Map())));
    expect(plays[2]!.rows).toEqual(yearRows(scenario, runPlan(scenario, 5, referencePlan(scenario, 'history')!)));
  });

  it('leaves the history line out when the scenario has no such play', () => {
    const withoutHistory = { ...scenario, references: [] };
    expect(playsOf(withoutHistory, live).map((p) => p.id)).toEqual(['game', 'none']);
  });

  it('takes an indicator year by year, for the neighbourhood or one district', () => {
    const plays = playsOf(scenario, live);
    const whole = seriesOf(plays, 'population', null);
    const district = seriesOf(plays, 'vacancy', 'wk2');
    expect(whole).toHaveLength(3);
    expect(whole[0]!.points).toEqual(plays[0]!.rows.map((r) => ({ year: r.year, value: r.indicators.population })));
    expect(district[1]!.points).toEqual(plays[1]!.rows.map((r) => ({ year: r.year, value: r.districts.wk2!.vacancy })));
    expect(seriesOf(plays, 'vacancy', 'nowhere').every((s) => s.points.length === 0)).toBe(true);
  });

  it('spans the years and values of all lines', () => {
    const series = [
      { play: 'game' as const, points: [{ year: 2000, value: 3 }, { year: 2001, value: 5 }] },
      { play: 'none' as const, points: [{ year: 2000, value: 1 }, { year: 2003, value: 4 }] },
    ];
    expect(extent(series)).toEqual({ years: [2000, 2003], values: [1, 5] });
    expect(extent([{ play: 'game', points: [] }])).toBeUndefined();
  });

  it('runs the comparisons once per scenario and seed, the game again when its state changes', () => {
    const first = playsOf(scenario, live);
    const later = playsOf(scenario, { ...live, state: { ...live.state } });
    expect(later[1]).toBe(first[1]);
    expect(later[2]).toBe(first[2]);
    expect(later[0]).not.toBe(first[0]);
    expect(later[0]).toEqual(first[0]);
  });
});
