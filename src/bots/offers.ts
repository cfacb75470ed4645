/** What a role offers when it tables a card: the partners it asks, the split of the money, and its own part. */
import type { Measure } from '../scenario/schema';
import type { Resources } from '../rules/types';
import type { Participation } from '../sim/state';
import type { BotContext } from './context';
import { askOf, covered, planOf, programmeFor, type Accounts, type Plan, type ProgrammeReach, type Terms } from './financing';
import { fits, nominalOf, relativeCost } from './resources';

/** Whether the role needs this partner's staff or volunteer time for the card. */
function lacksTime(ctx: BotContext, m: Measure, partner: string): boolean {
  const mine = ctx.view.own.resources;
  const theirs = nominalOf(ctx.scenario, partner);
  return (m.staffTime > 0 && mine.staffTime <= 0 && theirs.staffTime > 0) || (m.volunteerHours > mine.volunteerHours && theirs.volunteerHours > 0);
}

/** Partners on a card besides its lead, required ones first. */
const partnersOnCard = new WeakMap<Measure, string[]>();

/** Partners the stance asks: every partner on the card, or only the required ones and those whose time or money it lacks. */
function partnersFor(ctx: BotContext, m: Measure, needsMoney: boolean): string[] {
  if (ctx.traits.asks === 'none') return [];
  let onCard = partnersOnCard.get(m);
  if (!onCard) partnersOnCard.set(m, (onCard = [...m.partners.required, ...m.partners.possible].filter((r) => r !== m.lead)));
  if (ctx.traits.asks === 'all') return onCard;
  return onCard.filter((r) => m.partners.required.includes(r) || (needsMoney && nominalOf(ctx.scenario, r).money > 0) || lacksTime(ctx, m, r));
}

/** A partner is asked for at most this share of its yearly money for one card, and not for crumbs below the second share of the cost. */
const PARTNER_CAP = 0.1;
const PARTNER_FLOOR = 0.05;

/**
 * The money split: the tabler asks partners with money to share the cost by what they have (a cooperative tabler at
 * least half, any tabler what it cannot pay), each within a fair part of its money; the tabler pays the rest, if it can.
 */
function financingFor(ctx: BotContext, partners: readonly string[], local: number, affordable: number): Record<string, number> | undefined {
  const shares: Record<string, number> = { [ctx.role]: 1 };
  if (local <= 0) return shares;
  // A cooperative tabler shares at least half; any tabler asks for what it cannot pay itself (residents' small funds).
  const wanted = Math.max(ctx.traits.asks === 'all' ? 0.5 : 0, 1 - affordable / local);
  let total = 0;
  for (const r of partners) total += nominalOf(ctx.scenario, r).money;
  let asked = 0;
  for (const r of partners) {
    const money = nominalOf(ctx.scenario, r).money;
    const share = money > 0 ? Math.min((wanted * money) / total, (PARTNER_CAP * money) / local) : 0;
    if (share < PARTNER_FLOOR) continue;
    shares[r] = share;
    asked += share;
  }
  if ((1 - asked) * local > affordable + 1e-6) return undefined;
  shares[ctx.role] = Math.max(0, 1 - asked);
  return shares;
}

/** A card's terms, plan and the tabler's own part: the same wherever the card is placed. */
export interface Offer {
  terms: Terms;
  plan: Plan;
  own: Resources;
  /** The role's own part, as a share of what it has each year. */
  cost: number;
}

/** The offer of a card at a scale and participation within what the role can afford; none if nobody can supply a part it needs. */
export function offerFor(ctx: BotContext, m: Measure, scale: number, participation: Participation, affordable: Resources, accounts: Accounts, coverage: number, reach: ProgrammeReach = 'share'): Offer | undefined {
  const programme = programmeFor(ctx.scenario, m, m.cost * scale, 1, coverage, ctx.view.year, accounts, reach);
  const local = m.cost * scale - (programme?.money ?? 0);
  const asked = partnersFor(ctx, m, local > affordable.money * (1 - 1e-9));
  const financing = financingFor(ctx, asked, local, affordable.money);
  if (!financing) return undefined;
  // Partners are those asked for money the split kept, and those needed for their time.
  const partners = asked.filter((r) => financing[r] !== undefined || m.partners.required.includes(r) || lacksTime(ctx, m, r));
  const terms: Terms = { tabledBy: ctx.role, measure: m, scale, participation, partners, financing };
  const plan = planOf(ctx.scenario, terms, programme);
  const own = askOf(plan, ctx.role);
  if (!covered(plan) || !fits(own, affordable)) return undefined;
  return { terms, plan, own, cost: relativeCost(own, ctx.view.own.resources) };
}
