/** The game: a new game from a scenario, and one reducer that applies an action or says why it cannot. */
import type { Scenario } from '../scenario/schema';
import { newsOfYear } from '../sim/news';
import { initialState } from '../sim/state';
import { emptyConcept } from './concept';
import { copyState } from './copies';
import { implement, simulate } from './yearEnd';
import { nextPosition, type PhaseEvent } from './phaseMachine';
import { applyRoleAction, ROLE_ACTION_PHASES } from './roleActions';
import type { Action, GameState, Phase, Rejection, Resources, Result, Seat, Stance } from './types';

/** Phases in which the facilitator may inject an event: it then happens in this year's simulation. */
const INJECT_PHASES: readonly Phase[] = ['news', 'situation', 'briefings', 'proposals', 'negotiation'];
const RULE_PHASES: readonly Phase[] = ['news', 'situation', 'briefings', 'proposals', 'negotiation'];

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
  return enterNews(scenario, state);
}

export function lastYear(scenario: Scenario): number {
  return scenario.time.startYear + scenario.time.turns - 1;
}

/** Options of a game in play: batch runs may skip the explanations of each simulated year. */
export interface PlayOptions {
  explain?: boolean;
}

/** What entering a phase does to the game. */
function enter(scenario: Scenario, state: GameState, options: PlayOptions): GameState {
  switch (state.phase) {
    case 'implementation':
      return implement(scenario, state);
    case 'simulation':
      return simulate(scenario, state, options);
    case 'news':
      return enterNews(scenario, state);
    default:
      return state;
  }
}

/** A copy of the state with one field changed. */
function withField<K extends keyof GameState>(state: GameState, key: K, value: GameState[K]): GameState {
  const next = copyState(state);
  next[key] = value;
  return next;
}

function move(scenario: Scenario, state: GameState, event: PhaseEvent, options: PlayOptions = {}): Result {
  const from = { phase: state.phase, paused: state.paused, year: state.year };
  const to = nextPosition(from, lastYear(scenario), event);
  if (to.phase === from.phase && to.paused === from.paused && to.year === from.year) {
    if (event.type === 'NEXT') return refuse('paused');
    return refuse(event.type === 'PAUSE' ? 'paused' : 'notPaused');
  }
  const moved = copyState(state);
  moved.phase = to.phase;
  moved.paused = to.paused;
  moved.year = to.year;
  return { ok: true, state: to.phase === from.phase ? moved : enter(scenario, moved, options) };
}

function facilitator(scenario: Scenario, state: GameState, a: Exclude<Action, { role: string }>, options: PlayOptions): Result {
  switch (a.type) {
    case 'next':
      return move(scenario, state, { type: 'NEXT' }, options);
    case 'callDecision':
      if (state.phase !== 'negotiation') return refuse('wrongPhase', { action: a.type, phase: state.phase });
      return move(scenario, state, { type: 'NEXT' }, options);
    case 'pause':
      return move(scenario, state, { type: 'PAUSE' });
    case 'resume':
      return move(scenario, state, { type: 'RESUME' });
    case 'injectEvent':
      if (!scenario.events.some((e) => e.id === a.event)) return refuse('unknownEvent', { event: a.event });
      if (!INJECT_PHASES.includes(state.phase)) return refuse('wrongPhase', { action: a.type, phase: state.phase });
      if (state.events.includes(a.event)) return refuse('eventAlreadyThisYear', { event: a.event });
      return { ok: true, state: withField(state, 'events', [...state.events, a.event]) };
    case 'rule':
      if (!scenario.decision.options.includes(a.rule)) return refuse('ruleNotOffered', { rule: a.rule, options: scenario.decision.options.join(', ') });
      if (!RULE_PHASES.includes(state.phase)) return refuse('wrongPhase', { action: a.type, phase: state.phase });
      return { ok: true, state: withField(state, 'rule', a.rule) };
  }
}

/** Applies one action to the game, or returns the reason it is refused. Never throws on bad input. */
export function applyAction(scenario: Scenario, state: GameState, action: Action, options: PlayOptions = {}): Result {
  if (state.phase === 'debrief' && action.type !== 'seat') return refuse('gameOver');
  if (action.type === 'seat') {
    if (!state.seats[action.role]) return refuse('unknownRole', { role: action.role });
    const seat: Seat = { controller: action.controller, stance: action.stance ?? state.seats[action.role]!.stance };
    return { ok: true, state: withField(state, 'seats', { ...state.seats, [action.role]: seat }) };
  }
  if (!('role' in action)) {
    if (state.paused && action.type !== 'resume') return refuse('paused');
    return facilitator(scenario, state, action, options);
  }
  if (!state.seats[action.role]) return refuse('unknownRole', { role: action.role });
  if (state.paused) return refuse('paused');
  if (!ROLE_ACTION_PHASES[action.type].includes(state.phase)) return refuse('wrongPhase', { action: action.type, phase: state.phase });
  return applyRoleAction(scenario, state, action);
}
