/** Negotiation: paying one's share, co-financing, package deals, closing gaps, and concept work when programme money is at stake. */
import { programmeFits } from '../rules/funding';
import type { Pledge, Proposal, Resources } from '../rules/types';
import type { BotMove } from './bot';
import { conceptMoves, coverageWith, demandingProgramme, missingFor } from './conceptWork';
import { measureOf, type BotContext } from './context';
import { askOf, shortfall, tableOf, type Table } from './financing';
import { fits, isEmpty, minus, NOTHING, plus, relativeCost } from './resources';
import { likes, opinionMoves, supportMove, worthOf } from './opinions';
import { reasons } from './reasons';
import { favours, motiveOf, rejects } from './valuation';

/** What the role is doing in this look at the table: its budget, the proposals with its own moves so far, and the table as it found it. */
interface Look {
  ctx: BotContext;
  budget: Resources;
  /** The open proposals with the role's own moves so far. */
  open: Proposal[];
  /** Programme claims and plans as the table stood when the look began. */
  table: Table;
  moves: BotMove[];
}

/** Round sums as people pledge them, hundreds of euros and whole hours, rounded up so shares add up, but never beyond the budget. */
function rounded(r: Resources, budget: Resources): Resources {
  return {
    money: Math.min(Math.ceil(r.money / 100 - 1e-6) * 100, budget.money),
    staffTime: Math.min(Math.ceil(r.staffTime - 1e-6), budget.staffTime),
    volunteerHours: Math.min(Math.ceil(r.volunteerHours - 1e-6), budget.volunteerHours),
  };
}

function pledge(look: Look, p: Proposal, amount: Resources, reason: BotMove['reason'], condition?: string): void {
  const r = rounded(amount, look.budget);
  if (isEmpty(r)) return;
  look.moves.push({ action: { type: 'pledge', role: look.ctx.role, proposal: p.id, ...r, ...(condition && { condition }) }, reason });
  look.budget = minus(look.budget, r);
  const entry: Pledge = { role: look.ctx.role, ...r, ...(condition && { condition }) };
  look.open = look.open.map((q) => (q.id === p.id ? { ...q, pledges: [...q.pledges, entry] } : q));
}

function withdraw(look: Look, p: Proposal): void {
  const own = p.pledges.filter((x) => x.role === look.ctx.role);
  if (own.length === 0) return;
  look.moves.push({ action: { type: 'withdraw', role: look.ctx.role, proposal: p.id }, reason: reasons.withdraw(p) });
  for (const x of own) look.budget = plus(look.budget, x);
  look.open = look.open.map((q) => (q.id === p.id ? { ...q, pledges: q.pledges.filter((x) => x.role !== look.ctx.role) } : q));
}

const pledgedBy = (p: Proposal, role: string) => p.pledges.some((x) => x.role === role);
const current = (look: Look, p: Proposal) => look.open.find((q) => q.id === p.id)!;

/** A role has had its first look once it has pledged, supported or opposed anything it did not table itself. */
function hadFirstLook(ctx: BotContext, open: readonly Proposal[]): boolean {
  return open.some((p) => pledgedBy(p, ctx.role) || (p.tabledBy !== ctx.role && (p.support.includes(ctx.role) || p.oppose.includes(ctx.role))));
}

/** Value per share of budget the role gets from its own proposals: what co-financing must at least match, by stance. */
function threshold(look: Look): number {
  const { ctx } = look;
  if (ctx.traits.commonGood >= 1) return 0;
  const own = look.open.filter((p) => p.tabledBy === ctx.role);
  const ratios = own.map((p) => worthOf(ctx, p, true).value / Math.max(1e-6, relativeCost(askOf(look.table.plan(p), ctx.role), ctx.view.own.resources)));
  return ratios.length > 0 ? 0.5 * Math.min(...ratios) : 0;
}

/** Whether the role pays what it is asked for another role's proposal. */
function pays(look: Look, p: Proposal, ask: Resources, bar: number): boolean {
  const { ctx } = look;
  if (!ctx.traits.cofinances || rejects(ctx, p.measure)) return false;
  const w = worthOf(ctx, p, true);
  if (ctx.traits.residentsLeaning) return favours(ctx, measureOf(ctx, p.measure), p.participation) && w.goal >= 0;
  return w.goal > 0 && w.value / Math.max(1e-6, relativeCost(ask, ctx.view.own.resources)) >= bar;
}

/** First look: our own shares, the shares others asked of us, package deals we offer, and what we think of the rest. */
function firstLook(look: Look): void {
  const { ctx } = look;
  for (const p of look.open.filter((q) => q.tabledBy === ctx.role && !pledgedBy(q, ctx.role))) {
    const ask = askOf(look.table.plan(p), ctx.role);
    pledge(look, p, ask, reasons.ownShare(p, rounded(ask, look.budget)));
  }
  const bar = threshold(look);
  const offered = new Set<string>();
  // Only a proposal that names us among its payers or partners can ask anything of us.
  for (const p of look.open.filter((q) => q.tabledBy !== ctx.role && !pledgedBy(q, ctx.role) && (q.financing[ctx.role] !== undefined || q.partners.includes(ctx.role)))) {
    const ask = askOf(look.table.plan(p), ctx.role);
    if (isEmpty(ask) || !fits(ask, look.budget)) continue;
    if (pays(look, p, ask, bar)) {
      const w = worthOf(ctx, p, true);
      pledge(look, p, ask, ctx.traits.residentsLeaning ? reasons.residentsShare(p, rounded(ask, look.budget)) : reasons.askedShare(p, motiveOf(ctx, w), rounded(ask, look.budget)));
      continue;
    }
    // Log-rolling: we pay into a card that does us no harm if its tabler helps our own card through, when ours is worth the price.
    const own = ctx.traits.dealsPackages && !offered.has(p.tabledBy) && !rejects(ctx, p.measure) ? dealFor(look, p) : undefined;
    if (own && worthOf(ctx, p, true).goal >= 0 && worthOf(ctx, own, true).value >= bar * relativeCost(ask, ctx.view.own.resources)) {
      offered.add(p.tabledBy);
      pledge(look, p, ask, reasons.offer(p, own, rounded(ask, look.budget)), own.id);
    }
  }
  look.moves.push(...opinionMoves(ctx, look.open, look.table.claims));
  // A role that has said nothing yet names the proposal it likes best, so the table (and its next look) knows it has looked.
  if (!hadFirstLook(ctx, look.open) && !look.moves.some((m) => m.action.type === 'oppose' || m.action.type === 'support')) {
    const favourite = look.open
      .filter((p) => p.tabledBy !== ctx.role && likes(ctx, p, worthOf(ctx, p, false)))
      .sort((a, b) => worthOf(ctx, b, false).value - worthOf(ctx, a, false).value)[0];
    if (favourite) look.moves.push(supportMove(ctx, favourite));
  }
}

/** Our own proposal that the other role was asked to pay into and has not: the other half of a package deal. */
function dealFor(look: Look, p: Proposal): Proposal | undefined {
  return look.open.find((q) => q.tabledBy === look.ctx.role && !pledgedBy(q, p.tabledBy) && !isEmpty(askOf(look.table.plan(q), p.tabledBy)));
}

/** Later looks: answer package deals on our proposals, then close gaps that would leave proposals unfunded. */
function laterLook(look: Look): void {
  const { ctx } = look;
  for (const q of look.open.filter((x) => x.tabledBy === ctx.role)) {
    for (const offer of q.pledges.filter((x) => x.condition !== undefined && x.role !== ctx.role)) {
      const p = look.open.find((x) => x.id === offer.condition);
      if (!p || p.tabledBy !== offer.role || pledgedBy(current(look, p), ctx.role) || !ctx.traits.dealsPackages) continue;
      const ask = askOf(look.table.plan(p), ctx.role);
      if (isEmpty(ask) || !fits(ask, look.budget) || rejects(ctx, p.measure) || worthOf(ctx, p, true).goal < 0) continue;
      pledge(look, p, ask, reasons.answer(p, q, offer.role, rounded(ask, look.budget)));
    }
  }
  closeGaps(look);
}

/** Own proposals that would fail are topped up or given up; others' are helped if the role values them. */
function closeGaps(look: Look): void {
  const { ctx } = look;
  const short = look.open.filter((p) => !isEmpty(shortfall(ctx.scenario, p, { programme: look.table.claims.get(p.id) })));
  const bar = threshold(look);
  for (const p of short.filter((q) => q.tabledBy === ctx.role)) {
    const gap = shortfall(ctx.scenario, current(look, p), { programme: look.table.claims.get(p.id) });
    if (!isEmpty(gap) && fits(gap, look.budget) && worthOf(ctx, p, true).value > 0) pledge(look, p, gap, reasons.topUp(p, rounded(gap, look.budget)));
    else withdraw(look, current(look, p));
  }
  if (!ctx.traits.cofinances) return;
  const others = short
    .filter((p) => p.tabledBy !== ctx.role && !rejects(ctx, p.measure))
    .map((p) => ({ p, w: worthOf(ctx, p, true) }))
    .filter(({ p, w }) => likes(ctx, p, w) || pledgedBy(current(look, p), ctx.role))
    .sort((a, b) => b.w.value - a.w.value);
  for (const { p, w } of others) {
    const gap = shortfall(ctx.scenario, current(look, p), { programme: look.table.claims.get(p.id) });
    const mine = ctx.traits.residentsLeaning ? { ...NOTHING, volunteerHours: gap.volunteerHours } : gap;
    if (isEmpty(mine) || !isEmpty(minus(gap, mine)) || !fits(mine, look.budget)) continue;
    if (w.value / Math.max(1e-6, relativeCost(mine, ctx.view.own.resources)) < bar) continue;
    pledge(look, p, mine, reasons.fillGap(p, motiveOf(ctx, w), rounded(mine, look.budget)));
  }
}

/** The coverage programme money needs for proposals the role wants: its own, those it pays into, or, if it always works on the concept, any. */
function coverageWanted(ctx: BotContext, open: readonly Proposal[]): number {
  const most = demandingProgramme(ctx.scenario, ctx.view.year)?.requires.actionConcept ?? 0;
  if (ctx.view.concept.coverage + 1e-9 >= most) return 0;
  let wanted = 0;
  for (const p of open) {
    if (ctx.traits.concept !== 'always' && p.tabledBy !== ctx.role && !pledgedBy(p, ctx.role)) continue;
    const m = measureOf(ctx, p.measure);
    for (const g of ctx.scenario.programmes) if (programmeFits(g, m, ctx.view.year)) wanted = Math.max(wanted, g.requires.actionConcept);
  }
  return wanted;
}

/** The role's moves in one look at the negotiation table. */
export function negotiationMoves(ctx: BotContext): BotMove[] {
  const open = ctx.view.proposals.filter((p) => p.verdict === 'open');
  const first = !hadFirstLook(ctx, open);
  const moves: BotMove[] = [];
  if (ctx.traits.concept !== 'never') {
    const missing = missingFor(ctx, coverageWanted(ctx, open));
    moves.push(...conceptMoves(ctx, ctx.traits.concept === 'always' ? Math.min(2, missing) : missing, ctx.view.budget.staffTime));
  }
  const hours = moves.reduce((a, m) => a + (m.action.type === 'concept' ? m.action.staffTime : 0), 0);
  const coverage = coverageWith(ctx, moves.length);
  const table = tableOf(ctx.cache, ctx.scenario, ctx.view.proposals, coverage, ctx.view.year);
  const look: Look = { ctx, budget: { ...ctx.view.budget, staffTime: ctx.view.budget.staffTime - hours }, open, table, moves };
  if (first) firstLook(look);
  else laterLook(look);
  return look.moves;
}
