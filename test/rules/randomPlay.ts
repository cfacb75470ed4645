/** Random play for property tests: raw random choices, read against the current game so that most of them are legal moves. */
import fc from 'fast-check';
import { needs } from '../../src/rules/funding';
import { act, startSession, type LiveSession } from '../../src/rules/session';
import { STANCES, type Action, type GameState, type Proposal, type Rejection, type Resources } from '../../src/rules/types';
import { CONCEPT_COMPONENTS, type Scenario } from '../../src/scenario/schema';

const PARTICIPATION = ['none', 'inform', 'consult', 'codecide'] as const;
const RULES = ['consent', 'majority', 'dots'] as const;

/** One random move before it is read against the game: which kind, and numbers to pick roles, cards and amounts with. */
export interface Choice {
  kind: number;
  a: number;
  b: number;
  c: number;
  share: number;
  odd: boolean;
}

export const arbitraryChoice: fc.Arbitrary<Choice> = fc.record({
  kind: fc.nat({ max: 99 }),
  a: fc.nat({ max: 1000 }),
  b: fc.nat({ max: 1000 }),
  c: fc.nat({ max: 1000 }),
  share: fc.double({ min: 0.05, max: 1.2, noNaN: true }),
  // Now and then a move is malformed on purpose: an unknown id, a strange amount.
  odd: fc.nat({ max: 19 }).map((n) => n === 0),
});

const pick = <T>(list: readonly T[], n: number): T => list[n % list.length]!;
const STRANGE = [-100, 0, Number.NaN, Number.POSITIVE_INFINITY, 0.5, 1e12];

/** A proposal id: mostly one on the table, sometimes one that is not. */
function proposalId(state: GameState, c: Choice, n: number): string {
  if (c.odd || state.proposals.length === 0) return `p${(n % 5) + state.proposalCount}`;
  return pick(state.proposals, n).id;
}

type Kind = 'next' | 'pause' | 'resume' | 'callDecision' | 'injectEvent' | 'rule' | 'seat' | 'table' | 'pledge' | 'withdraw' | 'support' | 'oppose' | 'amend' | 'dots' | 'concept';

/** The moves worth trying in each phase, with weights: mostly legal ones, so that years pass and measures get funded. */
const FACILITATOR: [Kind, number][] = [['next', 10], ['pause', 1], ['injectEvent', 1], ['rule', 1], ['seat', 1]];
const MENUS: Partial<Record<GameState['phase'], [Kind, number][]>> = {
  proposals: [['table', 6], ['concept', 16], ['support', 6], ['oppose', 1], ['amend', 2], ['next', 3], ['pause', 1], ['rule', 1]],
  negotiation: [['pledge', 40], ['support', 12], ['oppose', 1], ['withdraw', 2], ['amend', 1], ['concept', 4], ['next', 2], ['callDecision', 1], ['pause', 1], ['injectEvent', 1]],
  decision: [['dots', 12], ['support', 8], ['oppose', 1], ['next', 3], ['pause', 1]],
};
const ANY: Kind[] = ['next', 'pause', 'resume', 'callDecision', 'injectEvent', 'rule', 'seat', 'table', 'pledge', 'withdraw', 'support', 'oppose', 'amend', 'dots', 'concept'];

/** The kind a number falls on in a weighted menu. */
function weighted(menu: [Kind, number][], n: number): Kind {
  const total = menu.reduce((a, [, w]) => a + w, 0);
  let x = n % total;
  for (const [kind, w] of menu) {
    if (x < w) return kind;
    x -= w;
  }
  return menu[0]![0];
}

/** Which kind of move to try: one that fits the phase, now and then any move at all. */
function kindFor(state: GameState, c: Choice): Kind {
  if (c.kind < 8) return pick(ANY, c.a + c.b);
  if (state.paused) return c.kind < 70 ? 'resume' : pick(ANY, c.b);
  // An empty table is mostly filled before the game moves on.
  if (state.phase === 'proposals' && state.proposals.length < 2 && c.kind < 50) return 'table';
  return weighted(MENUS[state.phase] ?? FACILITATOR, c.kind * 7 + c.c);
}

/** A role for a move on a card: often its lead or a partner named on it, sometimes anyone. */
function roleFor(scenario: Scenario, c: Choice, measure?: string): string {
  if (c.odd && c.a % 7 === 0) return 'mayor';
  const m = measure === undefined ? undefined : scenario.measures.find((x) => x.id === measure);
  if (m && c.a % 3 !== 0) return pick([m.lead, m.lead, ...m.partners.required, ...m.partners.possible], c.c);
  return pick(scenario.roles, c.a).id;
}

/** Reads a random choice as an action in the current game. */
export function candidate(scenario: Scenario, state: GameState, c: Choice): Action {
  const kind = kindFor(state, c);
  // Pledges go mostly to proposals that still lack something.
  const short = kind === 'pledge' ? state.proposals.filter((p) => lacking(scenario, p).length > 0) : [];
  const proposal = short.length > 0 && c.b % 3 !== 0 && !c.odd ? pick(short, c.c).id : proposalId(state, c, c.b);
  const onTable = state.proposals.find((x) => x.id === proposal);
  const named = roleFor(scenario, c, onTable?.measure);
  // A pledge comes mostly from a role that still has something the proposal lacks.
  const able = onTable && kind === 'pledge' ? scenario.roles.filter((r) => canHelp(scenario, state, onTable, r.id)).map((r) => r.id) : [];
  const role = able.length > 0 && !able.includes(named) && c.c % 3 !== 0 ? pick(able, c.a) : named;
  switch (kind) {
    case 'next':
    case 'pause':
    case 'resume':
    case 'callDecision':
      return { type: kind };
    case 'injectEvent':
      return { type: 'injectEvent', event: c.odd ? 'meteor' : pick(scenario.events, c.b).id };
    case 'rule':
      return { type: 'rule', rule: pick(RULES, c.b) };
    case 'seat':
      return { type: 'seat', role, controller: c.b % 2 ? 'human' : 'bot', stance: pick(STANCES, c.c) };
    case 'table':
      return tableCandidate(scenario, c);
    case 'pledge':
      return pledgeCandidate(scenario, state, c, role, proposal);
    case 'withdraw':
    case 'support':
    case 'oppose':
      return { type: kind, role, proposal };
    case 'amend':
      return {
        type: 'amend',
        role: onTable && c.a % 2 ? onTable.tabledBy : role,
        proposal,
        ...(c.c % 2 === 0 && { scale: c.odd ? pick(STRANGE, c.c) : 1 + (c.c % 3) }),
        ...(c.c % 3 === 0 && { participation: pick(PARTICIPATION, c.a) }),
      };
    case 'dots':
      return { type: 'dots', role, proposal, count: c.odd ? pick(STRANGE, c.c) : 1 + (c.c % 4) };
    case 'concept':
      return { type: 'concept', role, component: pick(CONCEPT_COMPONENTS, c.b), staffTime: c.odd ? pick(STRANGE, c.c) : Math.round(100 + 150 * c.share) };
  }
}

/** The resources the pledges on a proposal do not yet cover. */
function lacking(scenario: Scenario, p: Proposal): (keyof Resources)[] {
  const need = needs(scenario, scenario.measures.find((m) => m.id === p.measure)!, p);
  return (Object.keys(need) as (keyof Resources)[]).filter((k) => p.pledges.reduce((a, x) => a + x[k], 0) < need[k]);
}

/** Whether a role has some of what a proposal still lacks. */
function canHelp(scenario: Scenario, state: GameState, p: Proposal, role: string): boolean {
  return lacking(scenario, p).some((k) => state.budgets[role]![k] >= 1);
}

/** A card tabled: any card, a district it may go to, a size in its range; now and then something malformed. */
function tableCandidate(scenario: Scenario, c: Choice): Action {
  const m = pick(scenario.measures, c.b);
  const places = m.districts ?? scenario.districts.map((d) => d.id);
  const others = scenario.roles.filter((_, i) => (c.c >> i) & 1).map((r) => r.id);
  return {
    type: 'table',
    role: roleFor(scenario, c, m.id),
    measure: c.odd && c.c % 3 === 0 ? 'tramLine' : m.id,
    ...(m.appliesTo === 'district' && !(c.odd && c.c % 3 === 1) && { district: c.odd ? 'wk99' : pick(places, c.c) }),
    scale: c.odd ? pick(STRANGE, c.c) : Math.min(m.scale.max, m.scale.min + (c.c % 5 === 0 ? 1 : 0)),
    ...(c.a % 3 === 0 && { participation: pick(PARTICIPATION, c.c) }),
    ...(c.a % 4 === 0 && { partners: others }),
    ...(c.a % 5 === 0 && { financing: { [m.lead]: c.odd ? 0.5 : 1 } }),
  };
}

/** A pledge: mostly a share of what the proposal needs, sometimes of what the role has left, sometimes conditional. */
function pledgeCandidate(scenario: Scenario, state: GameState, c: Choice, role: string, proposal: string): Action {
  const p = state.proposals.find((x) => x.id === proposal);
  const budget = state.budgets[role] ?? { money: 0, staffTime: 0, volunteerHours: 0 };
  const m = p && scenario.measures.find((x) => x.id === p.measure);
  const need = m && p ? needs(scenario, m, p) : { money: 100_000, staffTime: 100, volunteerHours: 100 };
  // Half the time the money aimed at leaves room for a programme to match the rest.
  const matching = scenario.programmes.length > 0 ? pick(scenario.programmes, c.c).matchingRate : 0;
  const target = { ...need, money: c.a % 2 ? need.money : need.money * (1 - matching) };
  const missing = (key: keyof typeof need) => Math.max(0, target[key] - (p?.pledges ?? []).reduce((a, x) => a + x[key], 0));
  const share = c.b % 3 ? 1 : c.share;
  const amount = (key: keyof typeof need) =>
    c.odd ? pick(STRANGE, c.c + key.length) : Math.min(budget[key], Math.round((c.c % 8 === 0 ? budget[key] : missing(key)) * share));
  const condition = c.a % 4 === 0 ? proposalId(state, c, c.c) : undefined;
  return {
    type: 'pledge',
    role,
    proposal,
    // Usually all three resources, now and then one left out.
    ...(c.c % 9 !== 1 && { money: amount('money') }),
    ...(c.c % 9 !== 2 && { staffTime: amount('staffTime') }),
    ...(c.c % 9 !== 3 && { volunteerHours: amount('volunteerHours') }),
    ...(condition !== undefined && { condition }),
  };
}

/** What happened to one candidate: its session afterwards, or the rejection. */
export type Step = { action: Action; live: LiveSession; before: LiveSession } | { action: Action; rejection: Rejection; before: LiveSession };

/** Plays the choices from a new session, calling `each` after every candidate; returns the sessions after 0, 1, … accepted actions. */
export function playChoices(scenario: Scenario, seed: number, choices: readonly Choice[], each: (step: Step) => void): LiveSession[] {
  let live = startSession(scenario, seed);
  const lives = [live];
  for (const c of choices) {
    const action = candidate(scenario, live.state, c);
    const result = act(scenario, live, action);
    if (result.ok) {
      each({ action, live: result.live, before: live });
      live = result.live;
      lives.push(live);
    } else {
      each({ action, rejection: result.rejection, before: live });
    }
  }
  return lives;
}
