/** What a card is worth to a role: the forecast change weighed by its objectives (and the common good, by stance) and its profile. */
import type { IndicatorId, Measure } from '../scenario/schema';
import { indicatorPoints, LEAD_CREDIT, PARTNER_CREDIT } from '../rules/scoring';
import type { Indicators } from '../sim/indicators';
import { measureOf, removesFlats, type BotContext } from './context';
import { forecast, type Change, type Placement } from './forecast';
import type { Terms } from './financing';

export interface Worth {
  /** Score points the role expects: objectives and profile, weighed as its score weighs them. */
  value: number;
  /** The objective part alone, its objectives and the common good as the stance weighs it: whether the card does any good in the role's eyes. */
  goal: number;
  change: Change;
}

/** The indicator that moves a role most, for the reason it gives. */
export type Motive = { id: IndicatorId; delta: number } | undefined;

/** Credit a role gets when the card passes: as its lead, as a paying partner, or none. */
export type Credit = 'lead' | 'partner' | 'none';

const CREDIT_POINTS: Record<Credit, number> = { lead: LEAD_CREDIT, partner: PARTNER_CREDIT, none: 0 };

/** The multi-goal bonus a card can expect when partners beyond its lead pay into it. */
export function expectedEffect(ctx: BotContext, m: Measure, partnersPay: boolean): number {
  if (m.fields.length < 2 || !partnersPay) return 1;
  return 1 + ctx.scenario.parameters.multiGoalBonus * (Math.min(m.fields.length, 3) - 1);
}

const LEVEL_INDEX = { none: 0, inform: 1, consult: 2, codecide: 3 } as const;

/** The forecast of a placement, worked out once per board; placements are told apart by a number (valuing is hot). */
function changeOf(ctx: BotContext, p: Placement): Change {
  let byCard = ctx.board.forecasts.get(p.measure);
  if (!byCard) ctx.board.forecasts.set(p.measure, (byCard = new Map()));
  const district = p.district === undefined ? 0 : ctx.board.index.get(p.district)! + 1;
  const key = (((district * 64 + p.scale) * 4 + LEVEL_INDEX[p.participation]) * 1024 + Math.round(p.effect * 100)) * 2 + (p.againstResidents ? 1 : 0);
  let change = byCard.get(key);
  if (!change) byCard.set(key, (change = forecast(ctx.scenario, ctx.board, p)));
  return change;
}

/** The indicators the role weighs after the change, written into its scratch record (valuing is hot; this saves garbage). */
function after(ctx: BotContext, change: Change): Indicators {
  const now = ctx.view.indicators;
  const next = ctx.outlook.scratch;
  for (const [id] of ctx.outlook.goalWeights) next[id] = now[id] + (change[id] ?? 0);
  return next;
}

/** The indicator whose change adds most to what the role weighs. */
export function motiveOf(ctx: BotContext, w: Worth): Motive {
  const next = after(ctx, w.change);
  let best: Motive;
  let bestPoints = 0;
  for (const [id, weight] of ctx.outlook.goalWeights) {
    const points = weight * indicatorPoints(id, ctx.view.indicators, next);
    if (points > bestPoints) (best = { id, delta: w.change[id] ?? 0 }), (bestPoints = points);
  }
  return best;
}

/** What a placement is worth to the role (worked out once per forecast and credit in a year). */
export function worth(ctx: BotContext, p: Placement, credit: Credit): Worth {
  const change = changeOf(ctx, p);
  let known = ctx.outlook.worths.get(change);
  if (!known) ctx.outlook.worths.set(change, (known = { goal: goalOf(ctx, change), byCredit: {} }));
  const { goal, byCredit } = known;
  const profile = ctx.view.own.profile;
  return (byCredit[credit] ??= { value: (1 - profile) * goal + profile * CREDIT_POINTS[credit], goal, change });
}

/** The objective points of a change, weighed as the role weighs them. */
function goalOf(ctx: BotContext, change: Change): number {
  const next = after(ctx, change);
  let goal = 0;
  for (const [id, weight] of ctx.outlook.goalWeights) goal += weight * indicatorPoints(id, ctx.view.indicators, next);
  return goal;
}

/** The placement of terms as they stand: who pays decides the multi-goal bonus; residents' opposition costs trust. */
export function placementOf(ctx: BotContext, t: Terms, district: string | undefined, againstResidents = false): Placement {
  let partnersPay = t.partners.some((r) => r !== t.measure.lead);
  for (const r in t.financing) if (r !== t.measure.lead && t.financing[r]! > 0) partnersPay = true;
  return { measure: t.measure, district, scale: t.scale, participation: t.participation, effect: expectedEffect(ctx, t.measure, partnersPay), againstResidents };
}

/** Residents' scepticism: they will not help pull down flats. */
export function rejects(ctx: BotContext, measure: string): boolean {
  return ctx.traits.residentsLeaning && removesFlats(measureOf(ctx, measure));
}

/** Residents' scepticism: they favour social cards and cards that let residents take part. */
export function favours(ctx: BotContext, m: Measure, participation: Placement['participation']): boolean {
  return ctx.traits.residentsLeaning && !removesFlats(m) && (!m.capital || participation === 'consult' || participation === 'codecide');
}
