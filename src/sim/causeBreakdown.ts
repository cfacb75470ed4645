/**
 * Why one run ended apart from another that began in the same state: the difference of an indicator at the end, split
 * into the causes of the two runs' changes. Each run's yearly causes add up to its change (explain.ts), so each cause's
 * total in the one run minus its total in the other adds up to the difference between their ends.
 */
import { INDICATOR_IDS, type IndicatorId } from '../scenario/schema';
import type { Cause, Changes, Explanation } from './explain';

/** One cause's part in the difference: what it changed in the run, in the baseline, and the one minus the other. */
export interface CauseShare {
  cause: Cause;
  run: number;
  baseline: number;
  difference: number;
}

/** An indicator's difference at the end (run − baseline) and its causes, largest part first. */
export interface Breakdown {
  difference: number;
  causes: CauseShare[];
}

/** Parts smaller than this are rounding noise, as in explain.ts. */
const NEGLIGIBLE = 1e-12;

/** The changes of one area (a district, or the neighbourhood for null) summed over the years, per indicator and cause. */
export function summedChanges(explanations: readonly Explanation[], district: string | null): Changes {
  const out: Changes = {};
  for (const explanation of explanations) {
    const changes = district === null ? explanation.neighbourhood : (explanation.districts[district] ?? {});
    for (const [indicator, causes] of Object.entries(changes) as [IndicatorId, Partial<Record<Cause, number>>][]) {
      const into = (out[indicator] ??= {});
      for (const [c, v] of Object.entries(causes) as [Cause, number][]) into[c] = (into[c] ?? 0) + v;
    }
  }
  return out;
}

/** The causes of one indicator's difference between two areas' summed changes, largest first (ties by name). */
function breakdownOf(run: Changes, baseline: Changes, indicator: IndicatorId): Breakdown {
  const a = run[indicator] ?? {};
  const b = baseline[indicator] ?? {};
  const causes = [...new Set([...Object.keys(a), ...Object.keys(b)] as Cause[])]
    .map((cause) => ({ cause, run: a[cause] ?? 0, baseline: b[cause] ?? 0, difference: (a[cause] ?? 0) - (b[cause] ?? 0) }))
    .filter((s) => Math.abs(s.difference) > NEGLIGIBLE)
    .sort((x, y) => Math.abs(y.difference) - Math.abs(x.difference) || x.cause.localeCompare(y.cause));
  return { difference: causes.reduce((sum, s) => sum + s.difference, 0), causes };
}

/**
 * Per indicator, the difference at the end between a run and a baseline from the same start, split into causes: the
 * year-by-year explanations of each (a round of several years may come as one summed explanation), for the whole
 * neighbourhood (district null) or one district.
 */
export function causeBreakdown(
  run: readonly Explanation[],
  baseline: readonly Explanation[],
  district: string | null = null,
): Record<IndicatorId, Breakdown> {
  const a = summedChanges(run, district);
  const b = summedChanges(baseline, district);
  return Object.fromEntries(INDICATOR_IDS.map((id) => [id, breakdownOf(a, b, id)])) as Record<IndicatorId, Breakdown>;
}
