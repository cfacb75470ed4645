/** Yearly rows of indicators for the neighbourhood and each district: what tables, charts and exports show. */
import type { Scenario } from '../scenario/schema';
import { districtIndicators, lowIncomeClasses, neighbourhoodIndicators, type Indicators } from './indicators';
import type { YearRecord } from './run';

export interface YearRow {
  year: number;
  indicators: Indicators;
  districts: Record<string, Indicators>;
  events: string[];
  decisions: { measure: string; district?: string; scale: number }[];
}

/** One row per record, in order. */
export function yearRows(scenario: Scenario, records: readonly YearRecord[]): YearRow[] {
  const lowIncome = lowIncomeClasses(scenario);
  return records.map((r) => ({
    year: r.year,
    indicators: neighbourhoodIndicators(r.state, lowIncome),
    districts: Object.fromEntries(
      scenario.districts.map((d) => [d.id, districtIndicators(r.state.districts[d.id]!, lowIncome)]),
    ),
    events: [...r.events],
    decisions: r.decisions.map((d) => ({ measure: d.measure, ...(d.district ? { district: d.district } : {}), scale: d.scale })),
  }));
}
