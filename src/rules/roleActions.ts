/** What roles do at the table: table cards, pledge, withdraw, support, oppose, amend, place dots, work on the concept. */
import type { Measure, Scenario } from '../scenario/schema';
import type { Participation } from '../sim/state';
import { cardById } from '../scenario/catalogue';
import { copyProposal, copyState } from './copies';
import { roomToRun, runningUntil } from './running';
import type { Action, GameState, Proposal, Rejection, Resources, Result } from './types';

type RoleAction = Extract<Action, { role: string }>;

const refuse = (code: Rejection['code'], params?: Rejection['params']): Result => ({ ok: false, rejection: { code, ...(params && { params }) } });
const accept = (state: GameState): Result => ({ ok: true, state });
const euros = (n: number) => Math.round(n);

function findProposal(state: GameState, id: string): Proposal | undefined {
  return state.proposals.find((p) => p.id === id);
}

/**
 * A copy of the state in which the proposal with this id is changed: `change` edits a fresh, shallow copy of it, so it
 * must give the copy new arrays (pledges, support, oppose) rather than push into the old ones, which earlier states share.
 */
function withProposal(state: GameState, id: string, change: (copy: Proposal) => void): GameState {
  const proposals = state.proposals.slice();
  for (let i = 0; i < proposals.length; i++) {
    if (proposals[i]!.id !== id) continue;
    const copy = copyProposal(proposals[i]!);
    change(copy);
    proposals[i] = copy;
  }
  const next = copyState(state);
  next.proposals = proposals;
  return next;
}

/** Whether a role appears on the card: as lead, required or possible partner. */
function onCard(m: Measure, role: string): boolean {
  return m.partners.required.includes(role) || m.partners.possible.includes(role) || role === m.lead;
}

/** Checks a card's placement, scale and timing; shared by tabling and amending. */
function placementProblem(scenario: Scenario, state: GameState, m: Measure, district: string | undefined, scale: number): Result | undefined {
  if (m.from !== undefined && state.year < m.from) return refuse('cardNotYetAvailable', { measure: m.id, year: m.from });
  if (m.appliesTo === 'district') {
    if (district === undefined) return refuse('districtRequired', { measure: m.id });
    if (!scenario.districts.some((d) => d.id === district)) return refuse('unknownDistrict', { district });
    if (m.districts && !m.districts.includes(district)) return refuse('districtNotAllowed', { measure: m.id, district });
  }
  if (!Number.isInteger(scale) || scale < m.scale.min || scale > m.scale.max) {
    return refuse('scaleOutOfRange', { measure: m.id, min: m.scale.min, max: m.scale.max, scale });
  }
  const place = m.appliesTo === 'district' ? district : undefined;
  if (!roomToRun(state.history, state.year, m, place)) {
    const until = Math.min(...runningUntil(state.history, state.year, m, place));
    return refuse('alreadyRunning', { measure: m.id, ...(place && { district: place }), year: until, max: m.maxRunning });
  }
  return undefined;
}

function financingProblem(scenario: Scenario, financing: Record<string, number> | undefined): Result | undefined {
  if (!financing) return undefined;
  const shares = Object.entries(financing);
  const unknown = shares.find(([role]) => !scenario.roles.some((r) => r.id === role));
  if (unknown) return refuse('unknownRole', { role: unknown[0] });
  const total = shares.reduce((a, [, v]) => a + v, 0);
  // Two decimals where whole percent would hide the difference (100.02 % is not 100 %).
  if (shares.some(([, v]) => !(v >= 0)) || Math.abs(total - 1) > 1e-6) return refuse('financingInvalid', { total: Math.round(total * 10000) / 100 });
  return undefined;
}

function table(scenario: Scenario, state: GameState, a: Extract<Action, { type: 'table' }>): Result {
  const m = cardById(scenario.measures, a.measure);
  if (!m) return refuse('unknownMeasure', { measure: a.measure });
  const district = m.appliesTo === 'district' ? a.district : undefined;
  const problem = placementProblem(scenario, state, m, district, a.scale) ?? financingProblem(scenario, a.financing);
  if (problem) return problem;
  if (state.proposals.filter((p) => p.tabledBy === a.role).length >= scenario.decision.cardsPerRole) {
    return refuse('tablingLimit', { role: a.role, max: scenario.decision.cardsPerRole });
  }
  const stranger = a.partners?.find((r) => !onCard(m, r));
  if (stranger) return refuse('partnerNotOnCard', { role: stranger, measure: m.id });
  if (state.proposals.some((p) => p.measure === m.id && p.district === district && p.verdict === 'open')) {
    return refuse('alreadyTabled', { measure: m.id, ...(district && { district }) });
  }
  const id = `p${state.proposalCount + 1}`;
  const proposal: Proposal = {
    id,
    year: state.year,
    tabledBy: a.role,
    measure: m.id,
    ...(district && { district }),
    scale: a.scale,
    participation: a.participation ?? m.participation,
    financing: a.financing ?? { [m.lead]: 1 },
    partners: a.partners ?? [...m.partners.required],
    pledges: [],
    support: [a.role],
    oppose: [],
    verdict: 'open',
  };
  const next = copyState(state);
  next.proposals = [...state.proposals, proposal];
  next.proposalCount = state.proposalCount + 1;
  return accept(next);
}

function amend(scenario: Scenario, state: GameState, a: Extract<Action, { type: 'amend' }>, p: Proposal): Result {
  if (p.tabledBy !== a.role) return refuse('notYourProposal', { proposal: p.id, role: p.tabledBy });
  const m = cardById(scenario.measures, p.measure)!;
  const scale = a.scale ?? p.scale;
  const problem = placementProblem(scenario, state, m, p.district, scale) ?? financingProblem(scenario, a.financing);
  if (problem) return problem;
  const participation: Participation = a.participation ?? p.participation;
  return accept(
    withProposal(state, p.id, (x) => {
      x.scale = scale;
      x.participation = participation;
      x.financing = a.financing ?? x.financing;
    }),
  );
}

/** A copy of the budgets with one role's budget replaced. */
function withBudget(budgets: GameState['budgets'], role: string, budget: Resources): GameState['budgets'] {
  return { ...budgets, [role]: budget };
}

const RESOURCE_CODES: Record<keyof Resources, Rejection['code']> = {
  money: 'notEnoughMoney',
  staffTime: 'notEnoughStaff',
  volunteerHours: 'notEnoughVolunteers',
};

function pledge(state: GameState, a: Extract<Action, { type: 'pledge' }>, p: Proposal): Result {
  const amount: Resources = { money: a.money ?? 0, staffTime: a.staffTime ?? 0, volunteerHours: a.volunteerHours ?? 0 };
  const keys = Object.keys(amount) as (keyof Resources)[];
  if (keys.some((k) => !Number.isFinite(amount[k]) || amount[k] < 0)) return refuse('negativeAmount');
  if (keys.every((k) => amount[k] === 0)) return refuse('emptyPledge');
  if (a.condition !== undefined) {
    if (a.condition === p.id) return refuse('conditionOnItself', { proposal: p.id });
    if (!findProposal(state, a.condition)) return refuse('unknownProposal', { proposal: a.condition });
  }
  const budget = state.budgets[a.role]!;
  for (const k of keys) {
    if (amount[k] > budget[k] + 1e-9) return refuse(RESOURCE_CODES[k], { role: a.role, wanted: euros(amount[k]), left: euros(budget[k]) });
  }
  const next = withProposal(state, p.id, (x) => {
    x.pledges = [...x.pledges, { role: a.role, ...amount, ...(a.condition !== undefined && { condition: a.condition }) }];
    x.oppose = x.oppose.filter((r) => r !== a.role);
  });
  next.budgets = withBudget(state.budgets, a.role, {
    money: budget.money - amount.money,
    staffTime: budget.staffTime - amount.staffTime,
    volunteerHours: budget.volunteerHours - amount.volunteerHours,
  });
  return accept(next);
}

function withdraw(state: GameState, a: Extract<Action, { type: 'withdraw' }>, p: Proposal): Result {
  const own = p.pledges.filter((x) => x.role === a.role);
  if (own.length === 0) return refuse('noPledge', { proposal: p.id, role: a.role });
  const back = own.reduce(
    (b, x) => ({ money: b.money + x.money, staffTime: b.staffTime + x.staffTime, volunteerHours: b.volunteerHours + x.volunteerHours }),
    state.budgets[a.role]!,
  );
  const next = withProposal(state, p.id, (x) => {
    x.pledges = x.pledges.filter((y) => y.role !== a.role);
  });
  next.budgets = withBudget(state.budgets, a.role, back);
  return accept(next);
}

function vote(state: GameState, a: Extract<Action, { type: 'support' | 'oppose' }>, p: Proposal): Result {
  const list = a.type === 'support' ? p.support : p.oppose;
  if (list.includes(a.role)) return refuse('alreadyVoted', { proposal: p.id, role: a.role });
  if (a.type === 'oppose' && p.pledges.some((x) => x.role === a.role)) return refuse('withdrawFirst', { proposal: p.id, role: a.role });
  return accept(
    withProposal(state, p.id, (x) => {
      if (a.type === 'support') {
        x.support = [...x.support, a.role];
        x.oppose = x.oppose.filter((r) => r !== a.role);
      } else {
        x.oppose = [...x.oppose, a.role];
        x.support = x.support.filter((r) => r !== a.role);
      }
    }),
  );
}

function dots(scenario: Scenario, state: GameState, a: Extract<Action, { type: 'dots' }>, p: Proposal): Result {
  if (state.rule !== 'dots') return refuse('dotsNotInUse', { rule: state.rule });
  if (!Number.isInteger(a.count) || a.count < 1) return refuse('negativeAmount');
  const mine = state.dots[a.role] ?? {};
  let used = 0;
  for (const id in mine) used += mine[id]!;
  const left = scenario.decision.dots - used;
  if (a.count > left) return refuse('notEnoughDots', { role: a.role, wanted: a.count, left });
  const next = copyState(state);
  next.dots = { ...state.dots, [a.role]: { ...mine, [p.id]: (mine[p.id] ?? 0) + a.count } };
  return accept(next);
}

function conceptWork(state: GameState, a: Extract<Action, { type: 'concept' }>): Result {
  if (!Number.isFinite(a.staffTime) || a.staffTime <= 0) return refuse('conceptStaffRequired');
  const budget = state.budgets[a.role]!;
  if (a.staffTime > budget.staffTime + 1e-9) return refuse('notEnoughStaff', { role: a.role, wanted: euros(a.staffTime), left: euros(budget.staffTime) });
  const byRole = state.concept.effort[a.component] ?? {};
  const next = copyState(state);
  next.budgets = withBudget(state.budgets, a.role, { ...budget, staffTime: budget.staffTime - a.staffTime });
  next.concept = { ...state.concept, effort: { ...state.concept.effort, [a.component]: { ...byRole, [a.role]: (byRole[a.role] ?? 0) + a.staffTime } } };
  return accept(next);
}

/** Applies a role's action, or says why not; phase and role are already checked. */
export function applyRoleAction(scenario: Scenario, state: GameState, a: Exclude<RoleAction, { type: 'seat' }>): Result {
  if (a.type === 'table') return table(scenario, state, a);
  if (a.type === 'concept') return conceptWork(state, a);
  const p = findProposal(state, a.proposal);
  if (!p) return refuse('unknownProposal', { proposal: a.proposal });
  if (p.verdict !== 'open') return refuse('proposalClosed', { proposal: p.id });
  switch (a.type) {
    case 'amend':
      return amend(scenario, state, a, p);
    case 'pledge':
      return pledge(state, a, p);
    case 'withdraw':
      return withdraw(state, a, p);
    case 'support':
    case 'oppose':
      return vote(state, a, p);
    case 'dots':
      return dots(scenario, state, a, p);
  }
}

