/** The game: a new game from a scenario, and one reducer that applies an action or says why it cannot. */
import type { Scenario } from '../scenario/schema';
import { newsOfYear } from '../sim/news';
import { initialState } from '../sim/state';
import { emptyConcept } from './concept';
import { copyState } from './copies';
import { implement, simulate } from './yearEnd';
import { lastRoundYear } from './gameLength';
import { firstEntries, phaseStep, type PhaseEntry, type Rounds } from './phaseMachine';
import { applyRoleAction } from './roleActions';
import type { Action, GameState, Phase, Rejection, Resources, Result, Seat, Stance } from './types';

const refuse = (code: Rejection['code'], params?: Rejection['params']): Result => ({ ok: false, rejection: { code, ...(params && { params }) } });

/** Seats as the scenario suggests: every role played by the computer with its default stance. */
export function defaultSeats(scenario: Scenario, controller: Seat['controller'] = 'bot', stance?: Stance): Record<string, Seat> {
  return Object.fromEntries(scenario.roles.map((r) => [r.id, { controller, stance: stance ?? r.stance }]));
}

function freshBudgets(scenario: Scenario): Record<string, Resources> {
  return Object.fromEntries(scenario.roles.map((r) => [r.id, { ...r.resources }]));
}

/** A new year begins: budgets renew, the table is cleared and the news is drawn; last year's review stays for the situation. */
function enterNews(scenario: Scenario, state: GameState): GameState {
  const news = newsOfYear(scenario, state.model);
  const next = copyState(state);
  next.model = news.state;
  next.budgets = freshBudgets(scenario);
  next.proposals = [];
  next.events = news.events;
  next.dots = {};
  return next;
}

/** A new game at the news of its first year. */
export function newGame(scenario: Scenario, seed: number, seats: Record<string, Seat> = defaultSeats(scenario)): GameState {
  const state: GameState = {
    scenario: scenario.meta.id,
    seed,
    phase: 'news',
    paused: false,
    year: scenario.time.startYear,
    rule: scenario.decision.rule,
    seats,
    model: initialState(scenario, seed),
    budgets: freshBudgets(scenario),
    proposals: [],
    proposalCount: 0,
    events: [],
    dots: {},
    concept: emptyConcept(),
    credit: Object.fromEntries(scenario.roles.map((r) => [r.id, { led: 0, joined: 0 }])),
    history: [],
  };
  return enterAll(scenario, state, firstEntries(state.year, roundsOf(scenario)), {});
}

/** The rounds of the game as the phase machine needs them. */
function roundsOf(scenario: Scenario): Rounds {
  return { lastRound: lastRoundYear(scenario), turnLength: scenario.time.turnLength };
}

/** Options of a game in play: batch runs may skip working out each year's explanation as it runs (explanations.ts); the state is the same. */
export interface PlayOptions {
  explain?: boolean;
}

/** How the game carries out what the phase machine says entering a phase does. */
function enterAll(scenario: Scenario, state: GameState, entries: readonly PhaseEntry[], options: PlayOptions): GameState {
  let next = state;
  for (const entry of entries) {
    if (entry === 'openYear') next = enterNews(scenario, next);
    else if (entry === 'implement') next = implement(scenario, next);
    else next = simulate(scenario, next, options);
  }
  return next;
}

/** A copy of the state with one field changed. */
function withField<K extends keyof GameState>(state: GameState, key: K, value: GameState[K]): GameState {
  const next = copyState(state);
  next[key] = value;
  return next;
}

/** Applies one action to the game, or returns the reason it is refused. Never throws on bad input. */
export function applyAction(scenario: Scenario, state: GameState, action: Action, options: PlayOptions = {}): Result {
  // A role that does not exist is named as such before any talk of phases.
  if ('role' in action && !state.seats[action.role] && state.phase !== 'debrief') return refuse('unknownRole', { role: action.role });
  const step = phaseStep({ phase: state.phase, paused: state.paused, year: state.year }, roundsOf(scenario), action.type);
  if (!step.accepted) return refuse(step.refusal, step.refusal === 'wrongPhase' ? { action: action.type, phase: state.phase } : undefined);
  const { to } = step;
  if (to.phase !== state.phase || to.paused !== state.paused || to.year !== state.year) {
    const moved = copyState(state);
    moved.phase = to.phase;
    moved.paused = to.paused;
    moved.year = to.year;
    return { ok: true, state: enterAll(scenario, moved, step.entries, options) };
  }
  if (action.type === 'seat') {
    if (!state.seats[action.role]) return refuse('unknownRole', { role: action.role });
    const seat: Seat = { controller: action.controller, stance: action.stance ?? state.seats[action.role]!.stance };
    return { ok: true, state: withField(state, 'seats', { ...state.seats, [action.role]: seat }) };
  }
  if (action.type === 'injectEvent') {
    if (!scenario.events.some((e) => e.id === action.event)) return refuse('unknownEvent', { event: action.event });
    if (state.events.includes(action.event)) return refuse('eventAlreadyThisYear', { event: action.event });
    return { ok: true, state: withField(state, 'events', [...state.events, action.event]) };
  }
  // A step of the facilitator's that the log keeps: the computer roles' last moves follow it (bots/autoplay.ts).
  if (action.type === 'lastMoves') return { ok: true, state };
  if (action.type === 'rule') {
    if (!scenario.decision.options.includes(action.rule)) return refuse('ruleNotOffered', { rule: action.rule, options: scenario.decision.options.join(', ') });
    return { ok: true, state: withField(state, 'rule', action.rule) };
  }
  if (!('role' in action)) return refuse('wrongPhase', { action: action.type, phase: state.phase });
  return applyRoleAction(scenario, state, action);
}
