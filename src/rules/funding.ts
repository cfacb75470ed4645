/** Paying for what passed: local pledges, programme matching with its caps, package deals that hold or fall. */
import type { Measure, Programme, Scenario } from '../scenario/schema';
import { cardById } from '../scenario/catalogue';
import type { Pledge, Proposal, Rejection, Resources } from './types';

export interface Funding {
  proposal: string;
  funded: boolean;
  because?: Rejection;
  programme?: { id: string; money: number };
  /** What each role pays, the unspent rest of its pledges goes back. */
  spend: Record<string, Resources>;
}

/** The parts of a scenario that funding reads: also what a role's public view holds. */
export type FundingScenario = Pick<Scenario, 'measures' | 'programmes' | 'parameters'>;

/** Money, staff and volunteer time a proposal needs, given its scale and participation. */
export function needs(scenario: Pick<Scenario, 'parameters'>, m: Measure, p: Pick<Proposal, 'scale' | 'participation'>): Resources {
  return {
    money: m.cost * p.scale,
    staffTime: m.staffTime * p.scale * scenario.parameters.participationStaff[p.participation],
    volunteerHours: m.volunteerHours * p.scale,
  };
}

/** Whether a programme funds this card in this year at all. */
export function programmeFits(g: Programme, m: Measure, year: number): boolean {
  if (year < g.from || (g.until !== undefined && year > g.until)) return false;
  if (g.capital === 'capital' && !m.capital) return false;
  if (g.capital === 'nonCapital' && m.capital) return false;
  if (g.measures !== undefined && !g.measures.includes(m.id)) return false;
  return g.fields === undefined || g.fields.some((f) => m.fields.includes(f));
}

/** What a programme has left to give this year, in all and for non-capital measures. */
export interface ProgrammeAccount {
  left: number;
  nonCapitalLeft: number;
}

/** Every programme's full yearly budget. */
export function programmeAccounts(scenario: Pick<Scenario, 'programmes'>): Map<string, ProgrammeAccount> {
  return new Map(scenario.programmes.map((g) => [g.id, { left: g.budget, nonCapitalLeft: g.budget * g.nonCapitalCap }]));
}

/** What the pledges offer in all, each kind summed in pledge order. */
function pledged(pledges: readonly Pledge[]): Resources {
  let money = 0;
  let staffTime = 0;
  let volunteerHours = 0;
  for (const x of pledges) {
    money += x.money ?? 0;
    staffTime += x.staffTime ?? 0;
    volunteerHours += x.volunteerHours ?? 0;
  }
  return { money, staffTime, volunteerHours };
}

/** How many different roles pledge money. */
function moneyPledgers(pledges: readonly Pledge[]): number {
  const roles = new Set<string>();
  for (const x of pledges) if ((x.money ?? 0) > 0) roles.add(x.role);
  return roles.size;
}

/** A pledge's proportional part of what is needed: its amount times the need, over all that was pledged. */
const part = (amount: number | undefined, needed: number, total: number) => (total > 0 ? ((amount ?? 0) * needed) / total : 0);

const EPSILON = 1e-6;

/** The best programme share for a proposal, within each programme's budget and its cap on non-capital measures. */
export function programmeShare(
  scenario: FundingScenario,
  m: Measure,
  cost: number,
  cofinancers: number,
  coverage: number,
  year: number,
  accounts: Map<string, ProgrammeAccount>,
  /** fullOnly: only programmes with room for their full matching share (planning must not count on a programme's last crumbs). */
  { fullOnly = false }: { fullOnly?: boolean } = {},
): { id: string; money: number } | undefined {
  let best: Programme | undefined;
  let bestMoney = 0;
  for (const g of scenario.programmes) {
    if (!programmeFits(g, m, year)) continue;
    if (coverage + EPSILON < g.requires.actionConcept || cofinancers < g.requires.partners) continue;
    const account = accounts.get(g.id)!;
    const room = m.capital ? account.left : Math.min(account.left, account.nonCapitalLeft);
    if (fullOnly && room + EPSILON < g.matchingRate * cost) continue;
    const money = Math.min(g.matchingRate * cost, room);
    if (money > EPSILON && (!best || money > bestMoney)) (best = g), (bestMoney = money);
  }
  return best && { id: best.id, money: bestMoney };
}

function fundOne(
  scenario: FundingScenario,
  p: Proposal,
  pledges: readonly Pledge[],
  coverage: number,
  year: number,
  accounts: Map<string, ProgrammeAccount>,
): Funding {
  const m = cardById(scenario.measures, p.measure)!;
  const need = needs(scenario, m, p);
  const local = pledged(pledges);
  const cofinancers = moneyPledgers(pledges);
  const programme = local.money + EPSILON >= need.money ? undefined : programmeShare(scenario, m, need.money, cofinancers, coverage, year, accounts);
  const fromProgramme = programme?.money ?? 0;
  const short = {
    money: Math.max(0, need.money - fromProgramme - local.money),
    staffTime: Math.max(0, need.staffTime - local.staffTime),
    volunteerHours: Math.max(0, need.volunteerHours - local.volunteerHours),
  };
  if (short.money > EPSILON || short.staffTime > EPSILON || short.volunteerHours > EPSILON) {
    const params: Record<string, number> = {};
    if (short.money > EPSILON) params.money = Math.ceil(short.money);
    if (short.staffTime > EPSILON) params.staffTime = Math.ceil(short.staffTime);
    if (short.volunteerHours > EPSILON) params.volunteerHours = Math.ceil(short.volunteerHours);
    return { proposal: p.id, funded: false, because: { code: 'fundingShort', params }, spend: {} };
  }
  if (programme) {
    const account = accounts.get(programme.id)!;
    account.left -= programme.money;
    if (!m.capital) account.nonCapitalLeft -= programme.money;
  }
  // Each pledge pays its proportional part of what the programme leaves.
  const moneyLeft = need.money - fromProgramme;
  const spend: Record<string, Resources> = {};
  for (const x of pledges) {
    const s = (spend[x.role] ??= { money: 0, staffTime: 0, volunteerHours: 0 });
    s.money += part(x.money, moneyLeft, local.money);
    s.staffTime += part(x.staffTime, need.staffTime, local.staffTime);
    s.volunteerHours += part(x.volunteerHours, need.volunteerHours, local.volunteerHours);
  }
  // A role whose pledge was not needed at all paid nothing: it is no paying partner.
  for (const role in spend) {
    const s = spend[role]!;
    if (s.money <= 0 && s.staffTime <= 0 && s.volunteerHours <= 0) delete spend[role];
  }
  return programme ? { proposal: p.id, funded: true, programme, spend } : { proposal: p.id, funded: true, spend };
}

/** The pledges that hold while these proposals stand: unconditional ones and those whose condition stands; the same array when all hold. */
function holding(pledges: readonly Pledge[], standing: ReadonlySet<string>): readonly Pledge[] {
  const holds = (x: Pledge) => x.condition === undefined || standing.has(x.condition);
  return pledges.every(holds) ? pledges : pledges.filter(holds);
}

function isSubset(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const id of a) if (!b.has(id)) return false;
  return true;
}

/**
 * Funds the proposals that won the vote, in the given order. Conditional pledges hold only if the
 * proposal they depend on is funded; dropping one can unfund another, so this repeats until stable.
 */
export function settleFunding(scenario: FundingScenario, winners: readonly Proposal[], coverage: number, year: number): Funding[] {
  let standing = new Set(winners.map((p) => p.id));
  let previous: Funding[] = [];
  for (let round = 0; ; round++) {
    const accounts = programmeAccounts(scenario);
    const results = winners.map((p) => {
      const pledges = holding(p.pledges, standing);
      const result = fundOne(scenario, p, pledges, coverage, year, accounts);
      const dropped = p.pledges.length - pledges.length;
      return !result.funded && dropped > 0 ? { ...result, because: { code: 'conditionFailed' as const, params: result.because?.params ?? {} } } : result;
    });
    const funded = new Set<string>();
    for (const r of results) if (r.funded) funded.add(r.proposal);
    if (isSubset(standing, funded)) return results;
    if (round === winners.length) return withoutFlipping(scenario, winners, coverage, year, previous, results);
    standing = funded;
    previous = results;
  }
}

/**
 * No stable outcome: package deals competing for programme money make proposals flip between funded and
 * not. Those fail, with the reason from a round in which they were not funded; the rest are settled without them.
 */
function withoutFlipping(scenario: FundingScenario, winners: readonly Proposal[], coverage: number, year: number, before: Funding[], last: Funding[]): Funding[] {
  const flipping = new Set(winners.filter((_, i) => before[i]!.funded !== last[i]!.funded).map((p) => p.id));
  const settled = new Map(settleFunding(scenario, winners.filter((p) => !flipping.has(p.id)), coverage, year).map((f) => [f.proposal, f]));
  return winners.map((p, i) => (flipping.has(p.id) ? [before[i]!, last[i]!].find((f) => !f.funded)! : settled.get(p.id)!));
}
