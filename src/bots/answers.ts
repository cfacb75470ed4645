/**
 * Answering requests: every open proposal of another role that names this role among its payers or partners gets an
 * answer once the role sees it — yes (what was asked), a counter-offer (a smaller sum it can afford or justify) or no,
 * each with a reason. Before negotiation a yes or a counter-offer is a promise (support, the pledge follows when
 * pledges are taken); a no is support when the role wants the card but has no money left, opposition otherwise.
 */
import type { Proposal, Resources } from '../rules/types';
import type { BotMove } from './bot';
import { measureOf, type BotContext } from './context';
import { askOf, type Table } from './financing';
import { likes, worthOf } from './opinions';
import { reasons } from './reasons';
import { fits, isEmpty, minus, NOTHING, relativeCost } from './resources';
import { favours, motiveOf, rejects, type Worth } from './valuation';

/** A counter-offer below this share of what was asked is not worth making: the answer is no. */
const COUNTER_MIN = 0.2;

export type Answer =
  | { kind: 'yes'; amount: Resources }
  | { kind: 'counter'; amount: Resources; limit: 'budget' | 'worth' }
  | { kind: 'no'; why: 'rejects' | 'worth' | 'budget' };

/** Proposals of other roles that name the role among their payers or partners: the requests it has to answer, in tabling order. */
export function requestsTo(role: string, open: readonly Proposal[]): Proposal[] {
  return open.filter((p) => p.verdict === 'open' && p.tabledBy !== role && (p.financing[role] !== undefined || p.partners.includes(role)));
}

/** What a request still asks of the role once its own pledges on it are counted. */
export function stillAsked(table: Table, p: Proposal, role: string): Resources {
  const ask = askOf(table.plan(p), role);
  const given = { ...NOTHING };
  for (const x of p.pledges) if (x.role === role) (given.money += x.money), (given.staffTime += x.staffTime), (given.volunteerHours += x.volunteerHours);
  return { money: Math.max(0, ask.money - given.money), staffTime: Math.max(0, ask.staffTime - given.staffTime), volunteerHours: Math.max(0, ask.volunteerHours - given.volunteerHours) };
}

/** What the role has not yet pledged of its own shares in its own open proposals: money already spoken for. */
export function ownSharesDue(ctx: BotContext, open: readonly Proposal[], table: Table): Resources {
  const due = { ...NOTHING };
  for (const p of open) {
    if (p.tabledBy !== ctx.role || p.verdict !== 'open') continue;
    const left = stillAsked(table, p, ctx.role);
    (due.money += left.money), (due.staffTime += left.staffTime), (due.volunteerHours += left.volunteerHours);
  }
  return due;
}

/** Value per share of budget the role gets from its own proposals: what co-financing must at least match, by stance. */
export function barOf(ctx: BotContext, open: readonly Proposal[], table: Table): number {
  if (ctx.traits.commonGood >= 1) return 0;
  const own = open.filter((p) => p.tabledBy === ctx.role);
  const ratios = own.map((p) => worthOf(ctx, p, true).value / Math.max(1e-6, relativeCost(askOf(table.plan(p), ctx.role), ctx.view.own.resources)));
  return ratios.length > 0 ? 0.5 * Math.min(...ratios) : 0;
}

/** The share of the ask the card is worth to the role: all of it, a part (value per cost below the bar), or none. */
function worthShare(ctx: BotContext, p: Proposal, ask: Resources, w: Worth, bar: number): number {
  if (ctx.traits.residentsLeaning) return favours(ctx, measureOf(ctx, p.measure), p.participation) && w.goal >= 0 ? 1 : 0;
  if (w.goal <= 0) return 0;
  if (bar <= 0) return 1;
  return Math.min(1, w.value / (bar * Math.max(1e-6, relativeCost(ask, ctx.view.own.resources))));
}

/** The share of the ask that fits the money and time the role has free. */
function budgetShare(ask: Resources, free: Resources): number {
  let share = 1;
  for (const k of ['money', 'staffTime', 'volunteerHours'] as const) if (ask[k] > 1e-6) share = Math.min(share, Math.max(0, free[k]) / ask[k]);
  return share;
}

/** Part of an ask, rounded down as people pledge (hundreds of euros, whole hours), so it stays within what is free. */
function partOf(ask: Resources, share: number): Resources {
  return {
    money: Math.floor((ask.money * share) / 100 + 1e-9) * 100,
    staffTime: Math.floor(ask.staffTime * share + 1e-9),
    volunteerHours: Math.floor(ask.volunteerHours * share + 1e-9),
  };
}

/** The role's answer to what a request still asks, from what it has free. */
export function answerOf(ctx: BotContext, p: Proposal, ask: Resources, free: Resources, bar: number): Answer {
  if (rejects(ctx, p.measure)) return { kind: 'no', why: 'rejects' };
  const worthy = worthShare(ctx, p, ask, worthOf(ctx, p, true), bar);
  const affordable = budgetShare(ask, free);
  if (worthy >= 1 - 1e-9 && affordable >= 1 - 1e-9 && fits(ask, free)) return { kind: 'yes', amount: ask };
  const share = Math.min(worthy, affordable);
  const amount = partOf(ask, share);
  if (share >= COUNTER_MIN && !isEmpty(amount)) return { kind: 'counter', amount, limit: affordable < worthy ? 'budget' : 'worth' };
  return { kind: 'no', why: worthy < COUNTER_MIN ? 'worth' : 'budget' };
}

/**
 * Answers to the requests before negotiation, in tabling order: each yes or counter-offer is a promise that takes its
 * sum from what the role has free, so a later request is answered from what earlier promises left.
 */
export function promises(ctx: BotContext, open: readonly Proposal[], table: Table): Map<string, { answer: Answer; asked: Resources }> {
  let free = minus(ctx.view.budget, ownSharesDue(ctx, open, table));
  const bar = barOf(ctx, open, table);
  const out = new Map<string, { answer: Answer; asked: Resources }>();
  for (const p of requestsTo(ctx.role, open)) {
    const asked = stillAsked(table, p, ctx.role);
    if (isEmpty(asked)) continue;
    const answer = answerOf(ctx, p, asked, free, bar);
    if (answer.kind !== 'no') free = minus(free, answer.amount);
    out.set(p.id, { answer, asked });
  }
  return out;
}

/** Whether the role has voted on a proposal this way already (a vote given twice is refused, and the answer stands). */
const voted = (p: Proposal, role: string, type: 'support' | 'oppose') => (type === 'support' ? p.support : p.oppose).includes(role);

/** A no as a vote: support when the role wants the card but cannot pay, opposition otherwise; none if already said or it has pledged. */
export function refusal(ctx: BotContext, p: Proposal, answer: Extract<Answer, { kind: 'no' }>, asked: Resources): BotMove | undefined {
  if (answer.why === 'rejects') {
    if (voted(p, ctx.role, 'oppose') || p.pledges.some((x) => x.role === ctx.role)) return undefined;
    return { action: { type: 'oppose', role: ctx.role, proposal: p.id }, reason: reasons.opposeDemolition(p) };
  }
  // A role that pledged part already backs the card: its no to more is said with support.
  const pledged = p.pledges.some((x) => x.role === ctx.role);
  const type = pledged || likes(ctx, p, worthOf(ctx, p, false)) ? 'support' : 'oppose';
  if (voted(p, ctx.role, type)) return undefined;
  const reason = answer.why === 'budget' ? reasons.declineBudget(p, asked) : reasons.declineAsk(p, asked);
  return { action: { type, role: ctx.role, proposal: p.id }, reason };
}

/** A yes or counter-offer before pledges are taken: support that names the sum the role will pledge. */
function promiseMove(ctx: BotContext, p: Proposal, answer: Exclude<Answer, { kind: 'no' }>, asked: Resources): BotMove | undefined {
  if (voted(p, ctx.role, 'support')) return undefined;
  const reason = answer.kind === 'yes' ? reasons.promise(p, motiveOf(ctx, worthOf(ctx, p, true)), answer.amount) : reasons.counterPromise(p, asked, answer.amount);
  return { action: { type: 'support', role: ctx.role, proposal: p.id }, reason };
}

/** The role's answer to one request as it stands now, in a phase that takes no pledges: a promise or a no. */
export function promiseAnswer(ctx: BotContext, open: readonly Proposal[], table: Table, id: string): BotMove | undefined {
  const found = promises(ctx, open, table).get(id);
  const p = open.find((q) => q.id === id);
  if (!found || !p) return undefined;
  return found.answer.kind === 'no' ? refusal(ctx, p, found.answer, found.asked) : promiseMove(ctx, p, found.answer, found.asked);
}
