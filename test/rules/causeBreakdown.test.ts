/** Why the game ended apart from no measures: the causes' parts add up to the difference between the two ends, in every area and indicator. */
import { describe, expect, it } from 'vitest';
import { playBotGame } from '../../src/bots/autoplay';
import { defaultSeats } from '../../src/rules/game';
import { withTime } from '../../src/rules/gameLength';
import { noMeasuresComparison } from '../../src/rules/noMeasuresComparison';
import type { LiveSession } from '../../src/rules/session';
import { INDICATOR_IDS, type Scenario } from '../../src/scenario/schema';
import { causeBreakdown } from '../../src/sim/causeBreakdown';
import type { Explanation } from '../../src/sim/explain';
import { districtIndicators, lowIncomeClasses, neighbourhoodIndicators, type Indicators } from '../../src/sim/indicators';
import { runPlan } from '../../src/sim/run';
import type { ModelState } from '../../src/sim/state';
import { gruenau } from '../helpers/scenarios';

/** Relative error allowed when causes are added up over the years: floating-point rounding, far below anything shown. */
const ROUNDING = 1e-9;

function indicatorsIn(scenario: Scenario, model: ModelState, district: string | null): Indicators {
  const low = lowIncomeClasses(scenario);
  return district === null ? neighbourhoodIndicators(model, low) : districtIndicators(model.districts[district]!, low);
}

/** The end of the same seed with no measures, run without explanations: worked out apart from what is checked. */
function noMeasuresEnd(scenario: Scenario, live: LiveSession): ModelState {
  const years = live.state.model.year - live.yearStarts[0]!.state.model.year;
  return runPlan(scenario, live.session.seed, new Map(), years, { explain: false }).at(-1)!.state;
}

/** Checks every indicator of every area: the breakdown's difference is the difference of the ends, and its parts add up to it. */
function checkGame(scenario: Scenario, live: LiveSession): void {
  const runs = noMeasuresComparison(scenario, live)!;
  expect(runs.game).toHaveLength(scenario.time.turns);
  expect(runs.none).toHaveLength(scenario.time.turns * scenario.time.turnLength);
  const none = noMeasuresEnd(scenario, live);
  for (const district of [null, ...scenario.districts.map((d) => d.id)]) {
    const breakdown = causeBreakdown(runs.game, runs.none, district);
    const game = indicatorsIn(scenario, live.state.model, district);
    const without = indicatorsIn(scenario, none, district);
    for (const id of INDICATOR_IDS) {
      const where = `${district ?? 'neighbourhood'} ${id}`;
      const { difference, causes } = breakdown[id];
      const expected = game[id] - without[id];
      const scale = Math.max(1, Math.abs(game[id]), Math.abs(without[id]));
      expect(Math.abs(difference - expected) / scale, `${where}: ${difference} explains ${expected}`).toBeLessThan(ROUNDING);
      expect(Math.abs(causes.reduce((a, c) => a + c.difference, 0) - difference) / scale, where).toBeLessThan(ROUNDING);
      for (const c of causes) expect(c.difference, where).toBeCloseTo(c.run - c.baseline, 9);
      const sizes = causes.map((c) => Math.abs(c.difference));
      expect(sizes, `${where}: largest first`).toEqual([...sizes].sort((a, b) => b - a));
    }
  }
}

const byComputer = (scenario: Scenario, seed: number, explain: boolean) => playBotGame(scenario, seed, defaultSeats(scenario), { explain });

describe('the causes of the difference between the game and no measures', () => {
  it('splits one cause per side and leaves out what both runs did alike', () => {
    const year = (changes: Explanation['neighbourhood']): Explanation => ({ districts: { a: changes }, neighbourhood: changes });
    const game = [year({ population: { 'measure:demolition': -300, 'flow:outMigration': -100 } }), year({ population: { 'flow:outMigration': -50, 'flow:births': 20 } })];
    const none = [year({ population: { 'flow:outMigration': -400, 'flow:births': 20 } })];
    const { difference, causes } = causeBreakdown(game, none, 'a').population;
    expect(difference).toBe(-50);
    expect(causes).toEqual([
      { cause: 'measure:demolition', run: -300, baseline: 0, difference: -300 },
      { cause: 'flow:outMigration', run: -150, baseline: -400, difference: 250 },
    ]);
    expect(causeBreakdown(game, none).vacancy).toEqual({ difference: 0, causes: [] });
  });

  it.each([1, 2, 3])('adds up to the difference of the ends in Grünau played by the computer, seed %i, a round a year', (seed) => {
    const scenario = gruenau();
    checkGame(scenario, byComputer(scenario, seed, seed === 1));
  });

  it.each([1, 4])('adds up in a workshop-length game of rounds of two years, seed %i', (seed) => {
    const scenario = withTime(gruenau(), gruenau().time.workshop!);
    expect(scenario.time.turnLength).toBe(2);
    checkGame(scenario, byComputer(scenario, seed, seed === 4));
  });

  it("names the group's measures, which no measures cannot have", () => {
    const scenario = gruenau();
    const live = byComputer(scenario, 1, false);
    const runs = noMeasuresComparison(scenario, live)!;
    const causes = INDICATOR_IDS.flatMap((id) => causeBreakdown(runs.game, runs.none)[id].causes);
    const measures = causes.filter((c) => c.cause.startsWith('measure:'));
    expect(measures.length).toBeGreaterThan(0);
    expect(measures.every((c) => c.baseline === 0)).toBe(true);
  });
});
