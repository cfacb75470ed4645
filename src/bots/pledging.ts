/** Negotiation: paying one's share, co-financing, package deals, closing gaps, and concept work when programme money is at stake. */
import { programmeFits } from '../rules/funding';
import type { Pledge, Proposal, Resources } from '../rules/types';
import { answerOf, barOf, ownSharesDue, refusal, requestsTo, stillAsked } from './answers';
import type { BotMove } from './bot';
import { conceptMoves, coverageWith, demandingProgramme, missingFor } from './conceptWork';
import { measureOf, type BotContext } from './context';
import { askOf, shortfall, tableOf, type Table } from './financing';
import { fits, isEmpty, minus, NOTHING, plus, relativeCost } from './resources';
import { likes, opinionMoves, supportMove, worthOf } from './opinions';
import { reasons } from './reasons';
import { motiveOf, rejects } from './valuation';

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

/** A vote the role casts in this look, kept in its picture of the table so it is not cast twice. */
function vote(look: Look, move: BotMove): void {
  const a = move.action;
  if (a.type !== 'support' && a.type !== 'oppose') return;
  look.moves.push(move);
  look.open = look.open.map((q) =>
    q.id !== a.proposal
      ? q
      : a.type === 'support'
        ? { ...q, support: [...q.support, a.role], oppose: q.oppose.filter((r) => r !== a.role) }
        : { ...q, oppose: [...q.oppose, a.role], support: q.support.filter((r) => r !== a.role) },
  );
}

const pledgedBy = (p: Proposal, role: string) => p.pledges.some((x) => x.role === role);
const current = (look: Look, p: Proposal) => look.open.find((q) => q.id === p.id)!;

/** A role has had its first look once it has pledged, supported or opposed anything it did not table itself. */
function hadFirstLook(ctx: BotContext, open: readonly Proposal[]): boolean {
  return open.some((p) => pledgedBy(p, ctx.role) || (p.tabledBy !== ctx.role && (p.support.includes(ctx.role) || p.oppose.includes(ctx.role))));
}

/** First look: our own shares, the shares others asked of us, package deals we offer, and what we think of the rest. */
function firstLook(look: Look): void {
  const { ctx } = look;
  for (const p of look.open.filter((q) => q.tabledBy === ctx.role && !pledgedBy(q, ctx.role))) {
    const ask = askOf(look.table.plan(p), ctx.role);
    pledge(look, p, ask, reasons.ownShare(p, rounded(ask, look.budget)));
  }
  const bar = barOf(look.ctx, look.open, look.table);
  const offered = new Set<string>();
  for (const p of requestsTo(ctx.role, look.open)) answerRequest(look, p, bar, offered);
  look.moves.push(...opinionMoves(ctx, look.open, look.table.claims));
  // A role that has said nothing yet names the proposal it likes best, so the table (and its next look) knows it has looked.
  if (!hadFirstLook(ctx, look.open) && !look.moves.some((m) => m.action.type === 'oppose' || m.action.type === 'support')) {
    const favourite = look.open
      .filter((p) => p.tabledBy !== ctx.role && likes(ctx, p, worthOf(ctx, p, false)))
      .sort((a, b) => worthOf(ctx, b, false).value - worthOf(ctx, a, false).value)[0];
    if (favourite) look.moves.push(supportMove(ctx, favourite));
  }
}

/**
 * The answer to a request: yes pledges what was asked, a counter-offer pledges the part the role can afford or justify,
 * a no is a vote with its reason. Where the role would not pay in full, it may offer a package deal instead (`offered`
 * holds the tablers it has offered one to in this look).
 */
function answerRequest(look: Look, p: Proposal, bar: number, offered?: Set<string>): void {
  const { ctx } = look;
  const q = current(look, p);
  const asked = stillAsked(look.table, q, ctx.role);
  if (isEmpty(asked)) return;
  const free = minus(look.budget, ownSharesDue(ctx, look.open, look.table));
  // A card whose tabler offered us a package deal on it: the deal is what makes it worth our part.
  const deal = ctx.traits.dealsPackages ? look.open.find((o) => o.tabledBy === ctx.role && o.pledges.some((x) => x.role === q.tabledBy && x.condition === q.id)) : undefined;
  if (deal && !rejects(ctx, q.measure) && worthOf(ctx, q, true).goal >= 0 && fits(asked, free)) return pledge(look, q, asked, reasons.answer(q, deal, q.tabledBy, rounded(asked, look.budget)));
  const answer = answerOf(ctx, q, asked, free, bar);
  if (answer.kind === 'yes') {
    const given = rounded(asked, look.budget);
    const reason = ctx.traits.residentsLeaning ? reasons.residentsShare(q, given) : reasons.askedShare(q, motiveOf(ctx, worthOf(ctx, q, true)), given);
    return pledge(look, q, asked, reason);
  }
  // Log-rolling: we pay into a card that does us no harm if its tabler helps our own card through, when ours is worth the price.
  const own = offered && ctx.traits.dealsPackages && !offered.has(q.tabledBy) && !rejects(ctx, q.measure) && fits(asked, free) ? dealFor(look, q) : undefined;
  if (own && worthOf(ctx, q, true).goal >= 0 && worthOf(ctx, own, true).value >= bar * relativeCost(asked, ctx.view.own.resources)) {
    offered!.add(q.tabledBy);
    return pledge(look, q, asked, reasons.offer(q, own, rounded(asked, look.budget)), own.id);
  }
  if (answer.kind === 'counter') return pledge(look, q, answer.amount, reasons.counterOffer(q, asked, answer.amount, answer.limit));
  const move = refusal(ctx, q, answer, asked);
  if (move) vote(look, move);
}

/** Our own proposal that the other role was asked to pay into and has not: the other half of a package deal. */
function dealFor(look: Look, p: Proposal): Proposal | undefined {
  return look.open.find((q) => q.tabledBy === look.ctx.role && !pledgedBy(q, p.tabledBy) && !isEmpty(askOf(look.table.plan(q), p.tabledBy)));
}

/** Later looks: answer package deals on our proposals and requests not yet answered, then close gaps that would leave proposals unfunded. */
function laterLook(look: Look): void {
  const { ctx } = look;
  for (const q of look.open.filter((x) => x.tabledBy === ctx.role)) answerDeals(look, q);
  const bar = barOf(ctx, look.open, look.table);
  const unanswered = (p: Proposal) => !pledgedBy(p, ctx.role) && !p.support.includes(ctx.role) && !p.oppose.includes(ctx.role);
  for (const p of requestsTo(ctx.role, look.open).filter(unanswered)) answerRequest(look, p, bar);
  closeGaps(look);
}

/**
 * Answers the package deals offered on our proposal: a role that pledged to it on condition that its own card passes
 * gets our part of that card (what it asked of us, or what we can afford), our support where it asked nothing, or a no.
 */
function answerDeals(look: Look, q: Proposal): void {
  const { ctx } = look;
  for (const offer of q.pledges.filter((x) => x.condition !== undefined && x.role !== ctx.role)) {
    const found = look.open.find((x) => x.id === offer.condition);
    if (!found || found.tabledBy !== offer.role) continue;
    const p = current(look, found);
    // What we pledged already counts: a deal can bring a counter-offer up to the full ask, but is not answered twice.
    const asked = stillAsked(look.table, p, ctx.role);
    const keen = !rejects(ctx, p.measure) && worthOf(ctx, p, true).goal >= 0;
    if (!ctx.traits.dealsPackages || !keen) {
      declineDeal(look, p, q, offer.role);
      continue;
    }
    if (isEmpty(asked)) {
      if (!pledgedBy(p, ctx.role) && !p.support.includes(ctx.role)) {
        vote(look, { action: { type: 'support', role: ctx.role, proposal: p.id }, reason: reasons.backDeal(p, q, offer.role) });
      }
      continue;
    }
    const free = minus(look.budget, ownSharesDue(ctx, look.open, look.table));
    if (fits(asked, free)) {
      pledge(look, p, asked, reasons.answer(p, q, offer.role, rounded(asked, look.budget)));
      continue;
    }
    // The deal is worth it but the money is short: a counter-offer of what we can afford, else a no that says so.
    const answer = answerOf(ctx, p, asked, free, 0);
    if (answer.kind === 'counter') pledge(look, p, answer.amount, reasons.counterOffer(p, asked, answer.amount, answer.limit));
    else declineDeal(look, p, q, offer.role);
  }
}

/** A package deal we do not take up, said with our vote on the card it names (support if we back it anyway); once only. */
function declineDeal(look: Look, p: Proposal, q: Proposal, from: string): void {
  const { ctx } = look;
  const type = pledgedBy(p, ctx.role) || likes(ctx, p, worthOf(ctx, p, false)) ? 'support' : 'oppose';
  if (!p[type].includes(ctx.role)) vote(look, { action: { type, role: ctx.role, proposal: p.id }, reason: reasons.declineDeal(p, q, from) });
}

/** Own proposals that would fail are topped up or given up; others' are helped if the role values them. */
function closeGaps(look: Look): void {
  const { ctx } = look;
  const short = look.open.filter((p) => !isEmpty(shortfall(ctx.scenario, p, { programme: look.table.claims.get(p.id) })));
  const bar = barOf(look.ctx, look.open, look.table);
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

/** The look at the table a role begins: its budget after concept work, the open proposals and the table as it stands. */
function lookAt(ctx: BotContext, moves: BotMove[]): Look {
  const open = ctx.view.proposals.filter((p) => p.verdict === 'open');
  const hours = moves.reduce((a, m) => a + (m.action.type === 'concept' ? m.action.staffTime : 0), 0);
  const coverage = coverageWith(ctx, moves.length);
  const table = tableOf(ctx.cache, ctx.scenario, ctx.view.proposals, coverage, ctx.view.year);
  return { ctx, budget: { ...ctx.view.budget, staffTime: ctx.view.budget.staffTime - hours }, open, table, moves };
}

/** The role's moves in one look at the negotiation table: the first on entering (round 0), later ones before it ends. */
export function negotiationMoves(ctx: BotContext, round = 0): BotMove[] {
  const open = ctx.view.proposals.filter((p) => p.verdict === 'open');
  const first = round === 0 || !hadFirstLook(ctx, open);
  const moves: BotMove[] = [];
  if (ctx.traits.concept !== 'never') {
    const missing = missingFor(ctx, coverageWanted(ctx, open));
    moves.push(...conceptMoves(ctx, ctx.traits.concept === 'always' ? Math.min(2, missing) : missing, ctx.view.budget.staffTime));
  }
  const look = lookAt(ctx, moves);
  if (first) firstLook(look);
  else laterLook(look);
  return look.moves;
}

/**
 * The role's answers in negotiation to proposals a person has just tabled, amended or offered a package deal on:
 * a request to the role is answered, a package deal on the role's own proposal is taken up or declined.
 */
export function negotiationAnswers(ctx: BotContext, ids: readonly string[]): BotMove[] {
  const look = lookAt(ctx, []);
  const bar = barOf(ctx, look.open, look.table);
  for (const id of ids) {
    const p = look.open.find((q) => q.id === id);
    if (!p) continue;
    if (p.tabledBy === ctx.role) answerDeals(look, current(look, p));
    else if (requestsTo(ctx.role, [p]).length > 0) answerRequest(look, p, bar, new Set());
  }
  return look.moves;
}
