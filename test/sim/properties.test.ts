import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { INDICATOR_IDS, STATE_IDS } from '../../src/scenario/schema';
import type { Changes } from '../../src/sim/explain';
import { districtIndicators, lowIncomeClasses, neighbourhoodIndicators, type Indicators } from '../../src/sim/indicators';
import { runPlan, type YearRecord } from '../../src/sim/run';
import { totalFlats, totalHouseholds } from '../../src/sim/state';
import { arbitraryPlan } from '../helpers/decisions';
import { gruenau } from '../helpers/scenarios';

const scenario = gruenau();
const lowIncome = lowIncomeClasses(scenario);
const SHARES = ['vacancy', 'renovatedShare', ...STATE_IDS, 'seniorShare', 'lowIncomeShare'] as const;
const seeds = fc.integer({ min: 0, max: 2 ** 31 });
const RUNS = { numRuns: 25 };

function everyDistrictState(records: YearRecord[]) {
  return records.flatMap((r) => Object.values(r.state.districts));
}

describe('the model under random seeds and random valid decisions', () => {
  it('never produces NaN or infinite numbers', () => {
    fc.assert(
      fc.property(seeds, arbitraryPlan(scenario), (seed, plan) => {
        for (const r of runPlan(scenario, seed, plan)) {
          const ind = neighbourhoodIndicators(r.state, lowIncome);
          for (const id of INDICATOR_IDS) expect(Number.isFinite(ind[id]), `${r.year} ${id}`).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('never houses more households than there are flats, nor lets any stock go negative', () => {
    fc.assert(
      fc.property(seeds, arbitraryPlan(scenario, 6), (seed, plan) => {
        for (const d of everyDistrictState(runPlan(scenario, seed, plan))) {
          expect(totalHouseholds(d)).toBeLessThanOrEqual(totalFlats(d) + 1e-6);
          for (const n of [...Object.values(d.households), ...Object.values(d.residents), d.flats.renovated, d.flats.unrenovated]) {
            expect(n).toBeGreaterThanOrEqual(-1e-9);
          }
        }
      }),
      RUNS,
    );
  });

  it('keeps every share between 0 and 1, in each district and overall', () => {
    fc.assert(
      fc.property(seeds, arbitraryPlan(scenario), (seed, plan) => {
        for (const r of runPlan(scenario, seed, plan)) {
          const all = [neighbourhoodIndicators(r.state, lowIncome), ...Object.values(r.state.districts).map((d) => districtIndicators(d, lowIncome))];
          for (const ind of all) {
            for (const id of SHARES) {
              expect(ind[id], id).toBeGreaterThanOrEqual(0);
              expect(ind[id], id).toBeLessThanOrEqual(1);
            }
          }
        }
      }),
      RUNS,
    );
  });

  it('explains every change: the causes of each indicator add up to its change, per district and overall', () => {
    fc.assert(
      fc.property(seeds, arbitraryPlan(scenario), (seed, plan) => {
        const records = runPlan(scenario, seed, plan);
        for (let i = 1; i < records.length; i++) {
          const before = records[i - 1]!.state;
          const after = records[i]!.state;
          const explanation = records[i]!.explanation!;
          const check = (b: Indicators, a: Indicators, causes: Changes) => {
            for (const id of INDICATOR_IDS) {
              const sum = Object.values(causes[id] ?? {}).reduce((x: number, y) => x + (y ?? 0), 0);
              const scale = Math.max(1, Math.abs(a[id]));
              expect(Math.abs(sum - (a[id] - b[id])) / scale, id).toBeLessThan(1e-9);
            }
          };
          check(neighbourhoodIndicators(before, lowIncome), neighbourhoodIndicators(after, lowIncome), explanation.neighbourhood);
          for (const id of Object.keys(after.districts)) {
            check(districtIndicators(before.districts[id]!, lowIncome), districtIndicators(after.districts[id]!, lowIncome), explanation.districts[id]!);
          }
        }
      }),
      RUNS,
    );
  });

  it('replays to the identical state from the same seed and decisions', () => {
    fc.assert(
      fc.property(seeds, arbitraryPlan(scenario), (seed, plan) => {
        const first = runPlan(scenario, seed, plan);
        const second = runPlan(scenario, seed, plan);
        expect(JSON.stringify(second.map((r) => r.state))).toBe(JSON.stringify(first.map((r) => r.state)));
        expect(JSON.stringify(second.map((r) => r.explanation))).toBe(JSON.stringify(first.map((r) => r.explanation)));
      }),
      { numRuns: 10 },
    );
  });
});
