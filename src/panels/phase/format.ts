/** Indicator values and their changes, hours and resources as people in the room read them (numbers by rules/format). */
import { euro, NBSP, number, percent, signed } from '../../scenario/numberFormat';
import type { IndicatorId, Language } from '../../scenario/schema';

/** How an indicator is measured: a count of people or flats, a share shown in percent, or a 0–100 index. */
export type IndicatorKind = 'count' | 'percent' | 'index';

const COUNTS: readonly IndicatorId[] = ['population', 'households', 'flats'];
const PERCENTS: readonly IndicatorId[] = ['vacancy', 'renovatedShare', 'unemployment', 'seniorShare', 'lowIncomeShare'];

export function indicatorKind(id: IndicatorId): IndicatorKind {
  if (COUNTS.includes(id)) return 'count';
  return PERCENTS.includes(id) ? 'percent' : 'index';
}

/** An indicator's value: whole people or flats, a percentage, or index points out of 100. */
export function indicatorValue(id: IndicatorId, value: number, lang: Language): string {
  switch (indicatorKind(id)) {
    case 'count':
      return number(Math.round(value), lang);
    case 'percent':
      return percent(value, lang, 1);
    case 'index':
      return `${number(value * 100, lang)}${NBSP}/${NBSP}100`;
  }
}

const UNITS: Record<Exclude<IndicatorKind, 'count'>, Record<Language, string>> = {
  percent: { de: 'Pp.', en: 'pp' },
  index: { de: 'Pkt.', en: 'pts' },
};

/** A change of an indicator in its own unit: people or flats, percentage points, or index points. */
export function indicatorChange(id: IndicatorId, delta: number, lang: Language): string {
  const kind = indicatorKind(id);
  if (kind === 'count') return signed(Math.round(delta), lang);
  return `${signed(delta * 100, lang, 1)}${NBSP}${UNITS[kind][lang]}`;
}

/** Whether a change is too small to show in the indicator's unit. */
export function negligible(id: IndicatorId, delta: number): boolean {
  return indicatorKind(id) === 'count' ? Math.abs(delta) < 0.5 : Math.abs(delta * 100) < 0.05;
}

/** The direction of a change as a shape, so it never depends on colour alone. */
export function arrow(id: IndicatorId, delta: number): '▲' | '▼' | '▶' {
  if (negligible(id, delta)) return '▶';
  return delta > 0 ? '▲' : '▼';
}

/** How a change reads for someone who weighs indicators: better or worse where they weigh it, else just up or down. */
export type Verdict = 'better' | 'worse' | 'up' | 'down' | 'unchanged';

/** The verdict on `delta` under `weights` (a role's objectives or the shared ones): every change gets a word. */
export function verdict(weights: Partial<Record<IndicatorId, number>>, id: IndicatorId, delta: number): Verdict {
  if (negligible(id, delta)) return 'unchanged';
  const weight = weights[id] ?? 0;
  if (weight === 0 || !Number.isFinite(weight)) return delta > 0 ? 'up' : 'down';
  return delta * weight > 0 ? 'better' : 'worse';
}

export function hours(n: number, lang: Language, kind: 'staff' | 'volunteer'): string {
  const unit = kind === 'staff' ? { de: 'Arbeitsstunden', en: 'staff hours' } : { de: 'Ehrenamtsstunden', en: 'volunteer hours' };
  return `${number(Math.round(n), lang)}${NBSP}${unit[lang]}`;
}

/** Money, staff and volunteer time together, leaving out what is zero; an em dash when all are. */
export function resources(r: { money: number; staffTime: number; volunteerHours: number }, lang: Language): string {
  const parts: string[] = [];
  if (Math.round(r.money) !== 0) parts.push(euro(r.money, lang));
  if (Math.round(r.staffTime) !== 0) parts.push(hours(r.staffTime, lang, 'staff'));
  if (Math.round(r.volunteerHours) !== 0) parts.push(hours(r.volunteerHours, lang, 'volunteer'));
  return parts.length > 0 ? parts.join(' · ') : '—';
}
