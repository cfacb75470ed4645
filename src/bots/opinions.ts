/** Support and opposition: what a role says about other roles' proposals, by its stance. */
import type { Proposal } from '../rules/types';
import type { BotMove } from './bot';
import { measureOf, type BotContext, type ProposalWorth } from './context';
import { termsOf, type Plan } from './financing';
import { reasons } from './reasons';
import { favours, motiveOf, placementOf, rejects, worth, type Worth } from './valuation';

/** Whether the residents' role stands against a proposal: passing it then costs trust. */
export function againstResidents(ctx: BotContext, p: Proposal): boolean {
  return p.oppose.some((r) => ctx.scenario.roles.find((x) => x.id === r)?.residents === true);
}

/** What a proposal as it stands is worth to the role, with the credit it would get; worked out again only when its terms change. */
export function worthOf(ctx: BotContext, p: Proposal, pays: boolean): Worth {
  const credit = measureOf(ctx, p.measure).lead === ctx.role ? 'lead' : pays ? 'partner' : 'none';
  const against = againstResidents(ctx, p);
  let known = ctx.outlook.proposals.get(p.id);
  // Pledges and votes make a new proposal object; the worth changes only with what the placement is made of.
  if (!known || !sameTerms(known, p, against)) {
    known = { measure: p.measure, district: p.district, scale: p.scale, participation: p.participation, financing: p.financing, partners: p.partners, against, worths: {} };
    ctx.outlook.proposals.set(p.id, known);
  }
  return (known.worths[credit] ??= worth(ctx, placementOf(ctx, termsOf(ctx.scenario, p), p.district, against), credit));
}

/** Whether a proposal still has the terms its worth was worked out for (an id may name another card in another branch of play). */
function sameTerms(known: ProposalWorth, p: Proposal, against: boolean): boolean {
  return (
    known.measure === p.measure &&
    known.district === p.district &&
    known.scale === p.scale &&
    known.participation === p.participation &&
    known.financing === p.financing &&
    known.partners === p.partners &&
    known.against === against
  );
}

/** Whether the role would like the proposal to pass, even without paying into it. */
export function likes(ctx: BotContext, p: Proposal, w: Worth): boolean {
  if (p.tabledBy === ctx.role) return true;
  if (rejects(ctx, p.measure)) return false;
  if (ctx.traits.residentsLeaning) return favours(ctx, measureOf(ctx, p.measure), p.participation) && w.goal >= 0;
  return ctx.traits.backsOthers && w.goal > 0;
}

/**
 * Opposition to what the stance rejects, and support for proposals the role likes but does not back otherwise (by a
 * pledge, or by its dots: `backed`). Support is voiced where it counts (under consent and majority it decides), by the
 * residents for the cards they favour, and, where `all` is asked for, by roles that care for the common good.
 */
export function opinionMoves(ctx: BotContext, open: readonly Proposal[], claims: Map<string, Plan['programme']>, all = false, backed: ReadonlySet<string> = new Set()): BotMove[] {
  const moves: BotMove[] = [];
  const voiced = ctx.view.rule !== 'dots' || ctx.traits.residentsLeaning || (all && ctx.traits.commonGood >= 1);
  const mine = open.filter((p) => p.tabledBy === ctx.role);
  for (const p of open) {
    if (p.tabledBy === ctx.role || p.pledges.some((x) => x.role === ctx.role)) continue;
    if (p.support.includes(ctx.role) || p.oppose.includes(ctx.role)) continue;
    if (rejects(ctx, p.measure)) {
      moves.push({ action: { type: 'oppose', role: ctx.role, proposal: p.id }, reason: reasons.opposeDemolition(p) });
      continue;
    }
    const programme = claims.get(p.id)?.id;
    const rival = ctx.traits.opposesRivals && programme ? mine.find((q) => claims.get(q.id)?.id === programme) : undefined;
    if (rival) {
      moves.push({ action: { type: 'oppose', role: ctx.role, proposal: p.id }, reason: reasons.opposeRival(p, rival, programme!) });
      continue;
    }
    if (voiced && !backed.has(p.id) && likes(ctx, p, worthOf(ctx, p, false))) moves.push(supportMove(ctx, p));
  }
  return moves;
}

/** Support for a proposal, with the reason the stance gives. */
export function supportMove(ctx: BotContext, p: Proposal): BotMove {
  const reason = ctx.traits.residentsLeaning ? reasons.supportResidents(p) : reasons.support(p, motiveOf(ctx, worthOf(ctx, p, false)));
  return { action: { type: 'support', role: ctx.role, proposal: p.id }, reason };
}
