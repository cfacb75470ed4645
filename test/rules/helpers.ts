/** Shared moves for the rules tests: load the scenarios, play actions that must be accepted, walk to a phase. */
import { applyAction, newGame } from '../../src/rules/game';
import { act, startSession, type LiveSession } from '../../src/rules/session';
import type { Action, GameState, Phase, Pledge, Proposal, Rejection, Resources } from '../../src/rules/types';
import type { Scenario } from '../../src/scenario/schema';
import { bundledScenario } from '../helpers/scenarios';

export { gruenau } from '../helpers/scenarios';

/** The small fixture scenario: two districts, two roles (city, housingCompany), two cards, one programme. */
export const small = () => bundledScenario('test/fixtures/small.yaml');

/** A variant of a scenario with some top-level parts replaced; the original stays untouched. */
export function variant(scenario: Scenario, change: (s: Scenario) => Partial<Scenario>): Scenario {
  return { ...scenario, ...change(scenario) };
}

/** The scenario with one card changed. */
export function withMeasure(scenario: Scenario, id: string, change: Partial<Scenario['measures'][number]>): Scenario {
  return variant(scenario, (s) => ({ measures: s.measures.map((m) => (m.id === id ? { ...m, ...change } : m)) }));
}

function describeRejection(r: Rejection): string {
  return `${r.code} ${JSON.stringify(r.params ?? {})}`;
}

/** Applies actions that must all be accepted; a refusal fails the test with its reason. */
export function play(scenario: Scenario, state: GameState, ...actions: Action[]): GameState {
  return actions.reduce((s, a) => {
    const result = applyAction(scenario, s, a);
    if (!result.ok) throw new Error(`${JSON.stringify(a)} refused: ${describeRejection(result.rejection)}`);
    return result.state;
  }, state);
}

/** The reason an action is refused; fails the test when it is accepted. */
export function refusal(scenario: Scenario, state: GameState, action: Action): Rejection {
  const result = applyAction(scenario, state, action);
  if (result.ok) throw new Error(`${JSON.stringify(action)} was accepted`);
  return result.rejection;
}

/** Presses "next" until the game stands in `phase` (of this year, or of the next if it is already past it). */
export function toPhase(scenario: Scenario, state: GameState, phase: Phase): GameState {
  let s = state;
  for (let i = 0; s.phase !== phase; i++) {
    if (s.phase === 'debrief' || i > 10) throw new Error(`cannot reach ${phase} from ${state.phase} ${state.year}`);
    s = play(scenario, s, { type: 'next' });
  }
  return s;
}

/** A new game standing in `phase` of its first year. */
export function gameAt(scenario: Scenario, phase: Phase, seed = 1): GameState {
  return toPhase(scenario, newGame(scenario, seed), phase);
}

/** A pledge action. */
export function pledge(role: string, proposal: string, amount: Partial<Resources>, condition?: string): Action {
  return { type: 'pledge', role, proposal, ...amount, ...(condition !== undefined && { condition }) };
}

/** Plays the table from negotiation through the decision into implementation and returns the decided proposals by id. */
export function implemented(scenario: Scenario, state: GameState): { state: GameState; decided: Record<string, Proposal> } {
  const done = toPhase(scenario, state, 'implementation');
  return { state: done, decided: Object.fromEntries(done.proposals.map((p) => [p.id, p])) };
}

/** Acts on a session with actions that must all be accepted. */
export function actAll(scenario: Scenario, live: LiveSession, ...actions: Action[]): LiveSession {
  return actions.reduce((l, a) => {
    const result = act(scenario, l, a);
    if (!result.ok) throw new Error(`${JSON.stringify(a)} refused: ${describeRejection(result.rejection)}`);
    return result.live;
  }, live);
}

/** A session of a new game. */
export function session(scenario: Scenario, seed = 1): LiveSession {
  return startSession(scenario, seed);
}

/** Resources as one record, zero where not given. */
function resources(r: Partial<Resources>): Resources {
  return { money: r.money ?? 0, staffTime: r.staffTime ?? 0, volunteerHours: r.volunteerHours ?? 0 };
}

/** A proposal on the table as plain data, for testing rules as functions; open, unbacked and unfunded unless given. */
export function proposal(p: Partial<Proposal> & Pick<Proposal, 'id' | 'measure'>): Proposal {
  return {
    year: 1997,
    tabledBy: 'city',
    scale: 1,
    participation: 'none',
    financing: {},
    partners: [],
    pledges: [],
    support: [],
    oppose: [],
    verdict: 'open',
    ...p,
  };
}

/** A pledge as it stands on a proposal. */
export function held(role: string, amount: Partial<Resources>, condition?: string): Pledge {
  return { role, ...resources(amount), ...(condition !== undefined && { condition }) };
}
