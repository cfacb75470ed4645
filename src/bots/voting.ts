/** The decision: dots where they make the difference, and support and opposition still unsaid. */
import type { Proposal } from '../rules/types';
import type { BotMove } from './bot';
import type { BotContext } from './context';
import { shortfall, tableOf, type Table } from './financing';
import { isEmpty } from './resources';
import { likes, opinionMoves, worthOf } from './opinions';
import { reasons } from './reasons';
import { motiveOf, type Worth } from './valuation';

interface Choice {
  p: Proposal;
  w: Worth;
  own: boolean;
}

/** Proposals whose pledges and expected programme money cover what they need. */
function fundable(ctx: BotContext, open: readonly Proposal[], table: Table): Set<string> {
  return new Set(open.filter((p) => isEmpty(shortfall(ctx.scenario, p, { programme: table.claims.get(p.id) }))).map((p) => p.id));
}

/** What the role wants to pass: its own proposals, those it pays into, and by its stance those it likes. */
function choices(ctx: BotContext, open: readonly Proposal[], table: Table): Choice[] {
  const funded = fundable(ctx, open, table);
  return open
    .filter((p) => funded.has(p.id))
    .map((p) => {
      const pays = p.pledges.some((x) => x.role === ctx.role);
      return { p, w: worthOf(ctx, p, pays), own: p.tabledBy === ctx.role, pays };
    })
    .filter((c) => c.own || c.pays || likes(ctx, c.p, c.w))
    .map(({ p, w, own }) => ({ p, w, own }));
}

/** One dot for each chosen proposal that has none yet (own ones first, then by value): that makes it pass; the rest on the favourites. */
function placeDots(ctx: BotContext, open: readonly Proposal[], table: Table): Map<Choice, number> {
  const used = Object.values(ctx.view.dots[ctx.role] ?? {}).reduce((a, b) => a + b, 0);
  let left = ctx.scenario.decision.dots - used;
  // A drawn tie-break per proposal, so equal favourites vary from seed to seed.
  const ranked = choices(ctx, open, table)
    .map((c) => ({ c, tie: ctx.rng.next() }))
    .sort((a, b) => Number(b.c.own) - Number(a.c.own) || b.c.w.value - a.c.w.value || a.tie - b.tie)
    .map(({ c }) => c);
  if (ctx.scenario.decision.maxPassed !== undefined) return dotsByWorth(ranked, left);
  const dotted = new Set(Object.values(ctx.view.dots).flatMap((byProposal) => Object.keys(byProposal).filter((id) => byProposal[id]! > 0)));
  const counts = new Map<Choice, number>();
  for (const c of ranked.filter((x) => !dotted.has(x.p.id))) {
    if (left <= 0) break;
    counts.set(c, 1);
    left--;
  }
  const favourites = ranked.slice(0, 2);
  for (let i = 0; left > 0 && favourites.length > 0; i++, left--) {
    const c = favourites[i % favourites.length]!;
    counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  return counts;
}

/**
 * Where only so many cards can start, dots decide which: one on each of the role's own cards, the rest shared by how
 * much good each chosen card does in the role's eyes (largest remainders), so the ranking shows how strongly roles care.
 */
function dotsByWorth(ranked: readonly Choice[], dots: number): Map<Choice, number> {
  const counts = new Map<Choice, number>();
  let left = dots;
  for (const c of ranked) {
    if (left <= 0 || !c.own) continue;
    counts.set(c, 1);
    left--;
  }
  const liked = ranked.filter((c) => c.w.goal > 0);
  const total = liked.reduce((a, c) => a + c.w.goal, 0);
  if (left <= 0 || total <= 0) return counts;
  const shares = liked.map((c) => ({ c, exact: (left * c.w.goal) / total }));
  let given = 0;
  for (const x of shares) given += Math.floor(x.exact);
  // Largest remainders first; the ranking's order breaks ties.
  const byRemainder = [...shares].sort((a, b) => b.exact - Math.floor(b.exact) - (a.exact - Math.floor(a.exact)));
  for (let i = 0; i < left - given; i++) byRemainder[i]!.exact = Math.floor(byRemainder[i]!.exact) + 1;
  for (const x of shares) {
    const n = Math.floor(x.exact);
    if (n > 0) counts.set(x.c, (counts.get(x.c) ?? 0) + n);
  }
  return counts;
}

/** The role's moves in the decision phase. */
export function decisionMoves(ctx: BotContext): BotMove[] {
  const open = ctx.view.proposals.filter((p) => p.verdict === 'open');
  const table = tableOf(ctx.cache, ctx.scenario, ctx.view.proposals, ctx.view.concept.coverage, ctx.view.year);
  const dots = ctx.view.rule === 'dots' ? placeDots(ctx, open, table) : new Map<Choice, number>();
  const dotMoves: BotMove[] = [...dots].map(([c, count]) => ({
    action: { type: 'dots', role: ctx.role, proposal: c.p.id, count },
    reason: reasons.dots(c.p, count, motiveOf(ctx, c.w), c.own),
  }));
  const dotted = new Set([...dots.keys()].map((c) => c.p.id));
  return [...opinionMoves(ctx, open, table.claims, true, dotted), ...dotMoves];
}
