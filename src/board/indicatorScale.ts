/**
 * How each indicator is read on the board: its kind, its value as text, and how its change since the game's start
 * is judged and coloured. The colour of a district says how far it has moved since the start, worse or better;
 * the trend mark says which way it moved in the last year.
 */
import { NBSP, number, percent, signed } from '../scenario/numberFormat';
import type { IndicatorId, Language, Scenario } from '../scenario/schema';

export type IndicatorKind = 'count' | 'percent' | 'index';

const COUNTS: readonly IndicatorId[] = ['population', 'households', 'flats'];
const PERCENTS: readonly IndicatorId[] = ['vacancy', 'renovatedShare', 'unemployment', 'seniorShare', 'lowIncomeShare'];

export function indicatorKind(id: IndicatorId): IndicatorKind {
  return COUNTS.includes(id) ? 'count' : PERCENTS.includes(id) ? 'percent' : 'index';
}

/**
 * The change since the start at which a district takes the full colour: a relative change for counts (0.3 = 30 %),
 * percentage points for shares and index points for indices (0.15 = 15). Fixed, so a colour means the same in every
 * year and every game; chosen so a whole game of decline without measures (Grünau: vacancy +32 pp, image −37,
 * population −44 % in the worst district) reaches the ends, and one year's change already shows as a tint.
 */
export const FULL_CHANGE: Record<IndicatorId, number> = {
  population: 0.3,
  households: 0.3,
  flats: 0.3,
  vacancy: 0.15,
  renovatedShare: 0.3,
  condition: 0.1,
  vandalism: 0.15,
  image: 0.2,
  cohesion: 0.1,
  trust: 0.2,
  unemployment: 0.06,
  services: 0.15,
  seniorShare: 0.1,
  lowIncomeShare: 0.2,
};

/** Small changes are spread out (a power below one), so one year's change is already visible as a tint. */
const SPREAD = 0.6;

/** Which way is better: 1 higher, -1 lower, 0 nobody says. */
export type Direction = 1 | -1 | 0;

/**
 * Which way the indicator is better for the neighbourhood: the sign of the shared objectives' weight; where they do
 * not weigh it, the roles' objectives when every role that weighs it agrees on the sign; else no verdict.
 */
export function goodDirection(scenario: Pick<Scenario, 'sharedObjectives' | 'roles'>, id: IndicatorId): Direction {
  const shared = scenario.sharedObjectives[id] ?? 0;
  if (shared !== 0) return shared > 0 ? 1 : -1;
  const signs = new Set(scenario.roles.map((r) => Math.sign(r.objectives[id] ?? 0)).filter((s) => s !== 0));
  return signs.size === 1 ? ([...signs][0] as 1 | -1) : 0;
}

/** How far a value has moved from `from`: relative for counts (a district of 10,000 and one of 2,000 compare), else the difference. */
export function changeOf(id: IndicatorId, value: number, from: number): number {
  if (!Number.isFinite(value) || !Number.isFinite(from)) return 0;
  if (indicatorKind(id) !== 'count') return value - from;
  if (from > 0) return value / from - 1;
  return value > 0 ? 1 : 0;
}

/**
 * Where a change lies on the colour scale, 0 to 1 with 0.5 for no change: for a judged indicator 0 is much worse and
 * 1 much better; for one without a verdict 0 is much less and 1 much more.
 */
export function scalePosition(id: IndicatorId, change: number, direction: Direction): number {
  const s = Math.min(1, Math.max(-1, (Number.isFinite(change) ? change : 0) / FULL_CHANGE[id]));
  const spread = Math.sign(s) * Math.abs(s) ** SPREAD;
  return 0.5 + 0.5 * spread * (direction === 0 ? 1 : direction);
}

/** Whether a change is too small to show in the indicator's unit (as the panels decide it). */
export function negligible(id: IndicatorId, delta: number): boolean {
  return indicatorKind(id) === 'count' ? Math.abs(delta) < 0.5 : Math.abs(delta * 100) < 0.05;
}

export type TrendDirection = 'up' | 'down' | 'flat';
export type Verdict = 'good' | 'bad' | 'neutral';

/** The trend of one district: which way the value moved, and whether that is better, worse or not judged. */
export interface Trend {
  direction: TrendDirection;
  verdict: Verdict;
}

/** The trend from `before` to `now` (in the indicator's own unit, as the panels judge a change). */
export function trendOf(id: IndicatorId, now: number, before: number, direction: Direction): Trend {
  const delta = now - before;
  if (!Number.isFinite(delta) || negligible(id, delta)) return { direction: 'flat', verdict: 'neutral' };
  const verdict: Verdict = direction === 0 ? 'neutral' : delta * direction > 0 ? 'good' : 'bad';
  return { direction: delta > 0 ? 'up' : 'down', verdict };
}

/** A value as people read it on the board: whole counts, whole percentages, indices in whole points of 100 (as the panels read them). */
export function formatValue(id: IndicatorId, value: number, lang: Language): string {
  const kind = indicatorKind(id);
  if (kind === 'count') return number(Math.round(value), lang);
  if (kind === 'percent') return percent(value, lang);
  return String(Math.round(value * 100));
}

const UNITS: Record<Exclude<IndicatorKind, 'count'>, Record<Language, string>> = {
  percent: { de: 'Pp.', en: 'pp' },
  index: { de: 'Pkt.', en: 'pts' },
};

/** A change as the legend writes it, with its sign: "+30 %" for counts, "+15 Pp." / "+15 pp" for shares, "−20 Pkt." / "−20 pts" for indices. */
export function formatChange(id: IndicatorId, change: number, lang: Language): string {
  const kind = indicatorKind(id);
  if (kind === 'count') return `${signed(Math.round(change * 100), lang)}${lang === 'de' ? NBSP : ''}%`;
  return `${signed(Math.round(change * 100), lang)}${NBSP}${UNITS[kind][lang]}`;
}
