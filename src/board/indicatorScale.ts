/** How each indicator is read on the board: its kind, the range the colour scale spans, and its value as text. */
import { number, percent } from '../scenario/numberFormat';
import type { IndicatorId, Language } from '../scenario/schema';

export type IndicatorKind = 'count' | 'percent' | 'index';

const COUNTS: readonly IndicatorId[] = ['population', 'households', 'flats'];
const PERCENTS: readonly IndicatorId[] = ['vacancy', 'renovatedShare', 'unemployment', 'seniorShare', 'lowIncomeShare'];

export function indicatorKind(id: IndicatorId): IndicatorKind {
  return COUNTS.includes(id) ? 'count' : PERCENTS.includes(id) ? 'percent' : 'index';
}

export interface Domain {
  min: number;
  max: number;
}

/** The smallest of 1, 2, 5 × 10^k that is at least `x`. */
function niceCeil(x: number): number {
  if (x <= 0) return 1;
  const p = 10 ** Math.floor(Math.log10(x));
  for (const m of [1, 2, 5, 10]) if (m * p >= x - 1e-9) return m * p;
  return 10 * p;
}

/** Shares narrower than this are widened, so small noise does not look like a big difference. */
const MIN_SHARE_SPAN = 0.2;

/**
 * The colour range for the values seen so far in this game: counts from zero, shares on whole tenths
 * around the values, so the colours spread across the scale yet keep their meaning from year to year.
 */
export function domainFor(id: IndicatorId, values: readonly number[]): Domain {
  const finite = values.filter(Number.isFinite);
  if (indicatorKind(id) === 'count') return { min: 0, max: niceCeil(Math.max(0, ...finite)) };
  if (finite.length === 0) return { min: 0, max: 1 };
  let min = Math.max(0, Math.floor(Math.min(...finite) * 10 + 1e-9) / 10);
  let max = Math.min(1, Math.ceil(Math.max(...finite) * 10 - 1e-9) / 10);
  while (max - min < MIN_SHARE_SPAN - 1e-9) {
    if (max < 1) max = Math.min(1, Math.round((max + 0.1) * 10) / 10);
    if (max - min < MIN_SHARE_SPAN - 1e-9 && min > 0) min = Math.max(0, Math.round((min - 0.1) * 10) / 10);
  }
  return { min, max };
}

/** Where a value lies on the domain, 0 to 1. */
export function position(value: number, d: Domain): number {
  const span = d.max - d.min;
  return span > 0 ? Math.min(1, Math.max(0, (value - d.min) / span)) : 0;
}

/** A value as people read it on the board: whole counts, whole percentages, indices in whole points of 100 (as the panels read them). */
export function formatValue(id: IndicatorId, value: number, lang: Language): string {
  const kind = indicatorKind(id);
  if (kind === 'count') return number(Math.round(value), lang);
  if (kind === 'percent') return percent(value, lang);
  return String(Math.round(value * 100));
}
