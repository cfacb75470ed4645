import { describe, expect, it } from 'vitest';
import { checkTargets } from '../../src/sim/calibration';
import { lowIncomeClasses, neighbourhoodIndicators } from '../../src/sim/indicators';
import { referencePlan, runPlan } from '../../src/sim/run';
import { bundledScenario } from '../helpers/scenarios';

const SEEDS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
const CALIBRATED = ['scenarios/gruenau.yaml', 'scenarios/leipziger-osten.yaml'];

describe.each(CALIBRATED)('%s, calibrated by its history play', (file) => {
  const scenario = bundledScenario(file);
  const history = scenario.references.find((r) => r.id === 'history')!;
  const finalYear = scenario.time.startYear + scenario.time.turns - 1;
  const endOf = (seed: number, plan = referencePlan(scenario, 'history')!) =>
    neighbourhoodIndicators(runPlan(scenario, seed, plan).at(-1)!.state, lowIncomeClasses(scenario));

  it('states calibration targets', () => expect(history.targets.length).toBeGreaterThanOrEqual(3));

  it.each(SEEDS)('with the history play (seed %i), every target lands in its band', (seed) => {
    const results = checkTargets(scenario, history.targets, runPlan(scenario, seed, referencePlan(scenario, 'history')!));
    const missed = results.filter((r) => !r.met).map((r) => `${r.target.indicator} ${r.target.from}: ${r.value} (year ${r.year})`);
    expect(missed).toEqual([]);
  });

  it.each(SEEDS)(`doing nothing (seed %i) ends the last year with fewer residents than history`, (seed) => {
    expect(endOf(seed, new Map()).population).toBeLessThan(endOf(seed).population);
    expect(finalYear).toBe(runPlan(scenario, seed, new Map()).at(-1)!.year);
  });
});

describe('calibration targets', () => {
  it('a run outside a band misses it, and a span checks its highest value', () => {
    const scenario = bundledScenario('scenarios/gruenau.yaml');
    const records = runPlan(scenario, 1, new Map());
    const [tooLow, peak] = checkTargets(
      scenario,
      [
        { indicator: 'population', from: 2010, statistic: 'each', min: 60_000 },
        { indicator: 'vacancy', from: 1997, to: 2010, statistic: 'max', max: 1 },
      ],
      records,
    );
    expect(tooLow!.met).toBe(false);
    expect(peak!.met).toBe(true);
    expect(peak!.year).toBe(2010);
  });
});
