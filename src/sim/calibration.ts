/** Calibration: a reference play's run compared with the bands its scenario states for real figures. */
import type { CalibrationTarget, Scenario } from '../scenario/schema';
import { lowIncomeClasses, neighbourhoodIndicators } from './indicators';
import type { YearRecord } from './run';

export interface TargetResult {
  target: CalibrationTarget;
  /** The value compared with the band: the year's value, or the span's highest or lowest; undefined when the run misses those years. */
  value?: number;
  /** The year that value belongs to. */
  year?: number;
  met: boolean;
}

/** Checks every target of a reference play against a run of it (the records of `runPlan`). */
export function checkTargets(scenario: Scenario, targets: readonly CalibrationTarget[], records: readonly YearRecord[]): TargetResult[] {
  const lowIncome = lowIncomeClasses(scenario);
  return targets.map((target) => {
    const last = target.to ?? target.from;
    const span = records
      .filter((r) => r.year >= target.from && r.year <= last)
      .map((r) => ({ year: r.year, value: neighbourhoodIndicators(r.state, lowIncome)[target.indicator] }));
    if (span.length !== last - target.from + 1) return { target, met: false };
    const inBand = (v: number) => (target.min === undefined || v >= target.min) && (target.max === undefined || v <= target.max);
    if (target.statistic === 'each') {
      const worst = span.find((s) => !inBand(s.value)) ?? span[span.length - 1]!;
      return { target, value: worst.value, year: worst.year, met: span.every((s) => inBand(s.value)) };
    }
    const pick = span.reduce((a, b) => ((target.statistic === 'max' ? b.value > a.value : b.value < a.value) ? b : a));
    return { target, value: pick.value, year: pick.year, met: inBand(pick.value) };
  });
}
