/** Who pays what: programme money a proposal can expect, and the share of money and time each role is asked for. */
import type { Measure, Programme } from '../scenario/schema';
import { needs, programmeAccounts, programmeFits, programmeShare, type ProgrammeAccount } from '../rules/funding';
import type { Proposal, Resources } from '../rules/types';
import type { Participation } from '../sim/state';
import type { PublicScenario } from './board';
import { sameSource, type BotCache, type TableSource } from './cache';
import { measureOf } from './context';
import { NOTHING, nominalOf } from './resources';

export type Accounts = Map<string, ProgrammeAccount>;

/** A proposal as it is planned or on the table: enough to work out its needs and asks. */
export interface Terms {
  tabledBy: string;
  measure: Measure;
  scale: number;
  participation: Participation;
  /** Share of the local cost per role. */
  financing: Record<string, number>;
  /** Roles asked to join. */
  partners: string[];
}

/** What a proposal needs from local pledges, and who is asked for which part. */
export interface Plan {
  programme?: { id: string; money: number };
  local: Resources;
  asks: Record<string, Resources>;
}

export function cloneAccounts(accounts: Accounts): Accounts {
  return new Map([...accounts].map(([id, a]) => [id, { ...a }]));
}

/** Roles paying money under a financing split. */
function cofinancersOf(financing: Record<string, number>): number {
  let n = 0;
  for (const role in financing) if (financing[role]! > 0) n++;
  return n;
}

/**
 * How far a plan counts on programme money. `share`: only a programme with room left for its full matching share. Dots
 * decide who draws programme money first, and a programme pays its full share to whoever comes first, so a proposal
 * planned on a programme's last crumbs could find the money spent; it is planned without the programme instead.
 * `whole`: besides, a card larger than the whole of a programme that only its lead's cards can draw on, and that nobody
 * has drawn on yet this year, counts on all of it: the rules pay a programme's room when it is less than the share, and
 * nobody else's card can take it first.
 */
export type ProgrammeReach = 'share' | 'whole';

/** Programme money the terms can count on, within the reach. */
export function programmeFor(scenario: PublicScenario, m: Measure, cost: number, cofinancers: number, coverage: number, year: number, accounts: Accounts, reach: ProgrammeReach = 'share'): Plan['programme'] {
  const full = programmeShare(scenario, m, cost, cofinancers, coverage, year, accounts, { fullOnly: true });
  if (full || reach === 'share' || !scenario.programmes.some((g) => wholeFor(scenario, g, m, year, accounts))) return full;
  const whole = new Map(scenario.programmes.map((g) => [g.id, wholeFor(scenario, g, m, year, accounts) ? accounts.get(g.id)! : SPENT]));
  return programmeShare(scenario, m, cost, cofinancers, coverage, year, whole);
}

const SPENT: ProgrammeAccount = { left: 0, nonCapitalLeft: 0 };

/** Whether the card may count on all of the programme: it funds the card and only cards of the card's lead, and nobody has drawn on it this year. */
function wholeFor(scenario: PublicScenario, g: Programme, m: Measure, year: number, accounts: Accounts): boolean {
  if (!programmeFits(g, m, year)) return false;
  const a = accounts.get(g.id)!;
  return a.left + 1e-6 >= g.budget && a.nonCapitalLeft + 1e-6 >= g.budget * g.nonCapitalCap && onlyLeads(scenario, g, m.lead, year);
}

/** Whether every card a programme funds in a year is led by one role, by programme and `role|year` (a pure memo: a loaded scenario is not changed). */
const soleLeads = new WeakMap<Programme, Map<string, boolean>>();

function onlyLeads(scenario: PublicScenario, g: Programme, lead: string, year: number): boolean {
  let known = soleLeads.get(g);
  if (!known) soleLeads.set(g, (known = new Map()));
  const key = `${lead}|${year}`;
  let only = known.get(key);
  if (only === undefined) known.set(key, (only = scenario.measures.every((x) => x.lead === lead || !programmeFits(g, x, year))));
  return only;
}

/** Books programme money for the terms in the accounts: by default as the table reads a proposal's claim (accountsAfter). */
export function claimProgramme(scenario: PublicScenario, t: Terms, coverage: number, year: number, accounts: Accounts, reach: ProgrammeReach = 'whole'): Plan['programme'] {
  return book(t.measure, programmeFor(scenario, t.measure, t.measure.cost * t.scale, cofinancersOf(t.financing), coverage, year, accounts, reach), accounts);
}

function book(m: Measure, share: Plan['programme'], accounts: Accounts): Plan['programme'] {
  if (share) {
    const a = accounts.get(share.id)!;
    a.left -= share.money;
    if (!m.capital) a.nonCapitalLeft -= share.money;
  }
  return share;
}

/**
 * What the programmes have left once the open proposals, in the order they were tabled, have claimed their share (all
 * of a programme of the card's lead's own where that is less: the `whole` reach); a proposal whose pledges already pay
 * for it all claims none.
 */
export function accountsAfter(scenario: PublicScenario, proposals: readonly Proposal[], coverage: number, year: number): { accounts: Accounts; claims: Map<string, Plan['programme']> } {
  const accounts = programmeAccounts(scenario);
  const claims = new Map<string, Plan['programme']>();
  for (const p of proposals) {
    if (p.verdict !== 'open') continue;
    const m = measureOf({ scenario }, p.measure);
    const cost = m.cost * p.scale;
    let pledged = 0;
    for (const x of p.pledges) pledged += x.money;
    claims.set(p.id, pledged + 1e-6 >= cost ? undefined : book(m, programmeFor(scenario, m, cost, cofinancersOf(p.financing), coverage, year, accounts, 'whole'), accounts));
  }
  return { accounts, claims };
}

/** The table as every role reads it: each open proposal's programme claim, and its plan (worked out when first asked for). */
export interface Table {
  claims: Map<string, Plan['programme']>;
  plan(p: Proposal): Plan;
}

/** The table as it stands: all roles in a phase read the same one until somebody moves, so the cache keeps the latest. */
export function tableOf(cache: BotCache, scenario: PublicScenario, proposals: readonly Proposal[], coverage: number, year: number): Table {
  const source: TableSource = { scenario, proposals, coverage, year };
  if (cache.table && sameSource(cache.table.source, source)) return cache.table.table;
  const { claims } = accountsAfter(scenario, proposals, coverage, year);
  const plans = new Map<string, Plan>();
  const plan = (p: Proposal): Plan => {
    let found = plans.get(p.id);
    if (!found) plans.set(p.id, (found = planOf(scenario, termsOf(scenario, p), claims.get(p.id))));
    return found;
  };
  const table = { claims, plan };
  cache.table = { source, table };
  return table;
}

export function termsOf(scenario: PublicScenario, p: Proposal): Terms {
  const measure = measureOf({ scenario }, p.measure);
  return { tabledBy: p.tabledBy, measure, scale: p.scale, participation: p.participation, financing: p.financing, partners: p.partners };
}

/** Adds an amount to a role's ask. */
function addAsk(asks: Record<string, Resources>, role: string, key: keyof Resources, amount: number): void {
  if (amount <= 0) return;
  const a = (asks[role] ??= { ...NOTHING });
  a[key] += amount;
}

/** Splits an amount over the roles that have that resource, in proportion to what each has on paper. */
function splitAsk(scenario: PublicScenario, asks: Record<string, Resources>, roles: readonly string[], key: keyof Resources, amount: number): void {
  let total = 0;
  for (const r of roles) total += nominalOf(scenario, r)[key];
  if (total > 0) for (const r of roles) addAsk(asks, r, key, (amount * nominalOf(scenario, r)[key]) / total);
}

/** The plan of a proposal: money split as the tabler proposed, staff from the tabler if it has staff, volunteers from all who have them. */
export function planOf(scenario: PublicScenario, t: Terms, programme: Plan['programme']): Plan {
  const need = needs(scenario, t.measure, t);
  const local: Resources = { money: Math.max(0, need.money - (programme?.money ?? 0)), staffTime: need.staffTime, volunteerHours: need.volunteerHours };
  const asks: Record<string, Resources> = {};
  for (const role in t.financing) addAsk(asks, role, 'money', t.financing[role]! * local.money);
  const team = t.partners.includes(t.tabledBy) ? t.partners : [t.tabledBy, ...t.partners];
  splitAsk(scenario, asks, nominalOf(scenario, t.tabledBy).staffTime > 0 ? [t.tabledBy] : team, 'staffTime', local.staffTime);
  splitAsk(scenario, asks, team, 'volunteerHours', local.volunteerHours);
  return programme ? { programme, local, asks } : { local, asks };
}

/** What a proposal on the table still lacks once the programme money it can claim and all pledges on it are counted. */
export function shortfall(scenario: PublicScenario, p: Proposal, { programme }: Pick<Plan, 'programme'>): Resources {
  const need = needs(scenario, measureOf({ scenario }, p.measure), p);
  const have: Resources = { ...NOTHING };
  for (const x of p.pledges) (have.money += x.money), (have.staffTime += x.staffTime), (have.volunteerHours += x.volunteerHours);
  return {
    money: Math.max(0, need.money - (programme?.money ?? 0) - have.money),
    staffTime: Math.max(0, need.staffTime - have.staffTime),
    volunteerHours: Math.max(0, need.volunteerHours - have.volunteerHours),
  };
}

/** Whether every part of the need has someone to ask. */
export function covered(plan: Plan): boolean {
  let money = 0, staffTime = 0, volunteerHours = 0;
  for (const role in plan.asks) {
    const a = plan.asks[role]!;
    (money += a.money), (staffTime += a.staffTime), (volunteerHours += a.volunteerHours);
  }
  return money + 1e-6 >= plan.local.money && staffTime + 1e-6 >= plan.local.staffTime && volunteerHours + 1e-6 >= plan.local.volunteerHours;
}

/** A role's ask within a plan. */
export function askOf(plan: Plan, role: string): Resources {
  return plan.asks[role] ?? NOTHING;
}
