/** How each indicator is printed: column title and number format. */
import { INDICATOR_IDS, type IndicatorId } from '../scenario/schema';
import type { Indicators } from '../sim/indicators';

const COUNTS: readonly IndicatorId[] = ['population', 'households', 'flats'];
const PERCENT: readonly IndicatorId[] = ['vacancy', 'renovatedShare', 'unemployment', 'seniorShare', 'lowIncomeShare'];

/** The indicator as a person reads it: whole numbers, percentages, or an index 0–1 with two decimals. */
export function formatIndicator(id: IndicatorId, value: number): string {
  if (COUNTS.includes(id)) return Math.round(value).toString();
  if (PERCENT.includes(id)) return `${(value * 100).toFixed(1)}%`;
  return value.toFixed(2);
}

export function indicatorCells(ind: Indicators): string[] {
  return INDICATOR_IDS.map((id) => formatIndicator(id, ind[id]));
}

export { INDICATOR_IDS };
