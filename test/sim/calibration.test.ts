import { describe, expect, it } from 'vitest';
import { lowIncomeClasses, neighbourhoodIndicators } from '../../src/sim/indicators';
import { referencePlan, runPlan } from '../../src/sim/run';
import { gruenau } from '../helpers/scenarios';

// Targets from ../shared/reference/domain-brief.md §4 (five Ortsteile).
const POPULATION_2004 = 49_436;
const POPULATION_2010 = 42_340;

const scenario = gruenau();
const lowIncome = lowIncomeClasses(scenario);
const history = referencePlan(scenario, 'history')!;

function trajectory(seed: number, plan = history) {
  return runPlan(scenario, seed, plan).map((r) => ({ year: r.year, ...neighbourhoodIndicators(r.state, lowIncome) }));
}

const SEEDS = [1, 2, 3, 7, 11, 42, 99, 123, 2024, 65535];

describe('Grünau, calibrated to the five Ortsteile', () => {
  it.each(SEEDS)('with the history play (seed %i), population lands within ±10 %% of 2004 and 2010', (seed) => {
    const years = trajectory(seed);
    const at = (y: number) => years.find((r) => r.year === y)!.population;
    expect(at(2004)).toBeGreaterThan(POPULATION_2004 * 0.9);
    expect(at(2004)).toBeLessThan(POPULATION_2004 * 1.1);
    expect(at(2010)).toBeGreaterThan(POPULATION_2010 * 0.9);
    expect(at(2010)).toBeLessThan(POPULATION_2010 * 1.1);
  });

  it.each(SEEDS)('with the history play (seed %i), vacancy peaks at 15–25 %% between 2002 and 2008', (seed) => {
    const years = trajectory(seed);
    const peak = years.reduce((a, b) => (b.vacancy > a.vacancy ? b : a));
    expect(peak.year).toBeGreaterThanOrEqual(2002);
    expect(peak.year).toBeLessThanOrEqual(2008);
    expect(peak.vacancy).toBeGreaterThanOrEqual(0.15);
    expect(peak.vacancy).toBeLessThanOrEqual(0.25);
  });

  it('demolishes about 7,000 flats by 2010 in the history play', () => {
    const years = trajectory(7);
    const demolished = years[0]!.flats - years.find((r) => r.year === 2010)!.flats;
    expect(demolished).toBeGreaterThan(6_000);
    expect(demolished).toBeLessThan(8_000);
  });

  it.each(SEEDS)('doing nothing (seed %i) ends 2010 with fewer residents and more vacancy than history', (seed) => {
    const none = trajectory(seed, new Map()).find((r) => r.year === 2010)!;
    const real = trajectory(seed).find((r) => r.year === 2010)!;
    expect(none.population).toBeLessThan(real.population);
    expect(none.vacancy).toBeGreaterThan(real.vacancy);
  });
});
