/**
 * When computer roles move, as one policy for the browser, `play`, `lab` and `bench`: every bot seat looks at the
 * table on entering a phase and, where the phase has a second look, again just before the phase ends.
 */
import type { Scenario } from '../scenario/schema';
import { phaseAccepts } from '../rules/phaseMachine';
import { act, startSession, type LiveSession, type SessionOptions } from '../rules/session';
import { PHASES, ROLE_ACTION_TYPES, type Action, type DecisionRule, type Phase, type Rejection, type Seat } from '../rules/types';
import { viewFor } from '../rules/view';
import { Rng, seedRng } from '../sim/rng';
import { botAnswers, botMoves, type BotMove, type Draws } from './bot';
import { botCache, type BotCache } from './cache';

/** Phases in which roles can act at all, as the phase machine says; in the others bots are not asked. */
const ACTING = new Set<Phase>(PHASES.filter((phase) => ROLE_ACTION_TYPES.some((type) => phaseAccepts(phase, type))));

/** Looks at the table per phase: negotiation has a second, so roles can answer others' pledges and package deals. */
const LOOKS: Partial<Record<Phase, number>> = { negotiation: 2 };

/**
 * The generator of one bot's decision, derived from the session seed by a fixed rule:
 * seedRng(`${seed}/bots/${year}/${phase}/${role}/${round}`). Bot moves are logged, so replay needs no bot code.
 */
export function botRng(seed: number, year: number, phase: Phase, role: string, round: number): Draws {
  let rng: Rng | undefined;
  // Seeded on the first draw: most looks at the table draw nothing, and seeding a generator costs.
  return { next: () => (rng ??= new Rng(seedRng(`${seed}/bots/${year}/${phase}/${role}/${round}`))).next() };
}

export interface BotGameOptions extends SessionOptions {
  /** Told of every bot move the rules refuse; the move is skipped. */
  refused?: (move: BotMove, rejection: Rejection) => void;
  /** The decision rule, if not the scenario's own (one the scenario offers). */
  rule?: DecisionRule;
  /** What the bots worked out before, kept from call to call by a caller that moves them often; it changes no move. */
  cache?: BotCache;
}

/** The options with a cache for the bots: the caller's, or a fresh one that this call's looks share. */
function withCache(options: BotGameOptions): BotGameOptions {
  return options.cache ? options : { ...options, cache: botCache() };
}

/** Each bot seat, in scenario role order, applies its moves; a refused move is skipped. */
export function botsMove(scenario: Scenario, live: LiveSession, round: number, options: BotGameOptions = {}): LiveSession {
  if (!ACTING.has(live.state.phase) || live.state.paused) return live;
  const cache = options.cache ?? botCache();
  for (const role of scenario.roles) {
    const seat = live.state.seats[role.id];
    if (seat?.controller !== 'bot') continue;
    const { state } = live;
    const rng = botRng(state.seed, state.year, state.phase, role.id, round);
    live = applyMoves(scenario, live, botMoves(viewFor(scenario, state, role.id), seat.stance, rng, cache, round), options);
  }
  return live;
}

/** Applies a bot's moves in order; a refused move is skipped. */
function applyMoves(scenario: Scenario, live: LiveSession, moves: readonly BotMove[], options: BotGameOptions): LiveSession {
  for (const move of moves) {
    const next = act(scenario, live, move.action, move.reason, options);
    if (next.ok) live = next.live;
    else options.refused?.(move, next.rejection);
  }
  return live;
}

/** The proposals a person's action puts a question on: a card tabled or amended asks its payers and partners; a package deal asks the tabler. */
function questionsOf(action: Action, live: LiveSession): string[] {
  if (action.type === 'table') return [`p${live.state.proposalCount}`];
  if (action.type === 'amend') return [action.proposal];
  if (action.type === 'pledge' && action.condition !== undefined) return [action.proposal];
  return [];
}

/**
 * The bots' answers to a person's action in the same step, while people can still respond: every bot seat the
 * proposal asks (or whose card got a package deal) answers, in scenario role order. Each answer is logged with its reason.
 */
export function botsAnswer(scenario: Scenario, live: LiveSession, action: Action, options: BotGameOptions = {}): LiveSession {
  const ids = questionsOf(action, live);
  if (ids.length === 0 || live.state.paused) return live;
  const cache = options.cache ?? botCache();
  for (const role of scenario.roles) {
    const seat = live.state.seats[role.id];
    if (seat?.controller !== 'bot' || ('role' in action && action.role === role.id)) continue;
    const { state } = live;
    // Answers draw nothing today; a generator of their own keeps any later draw from shifting the looks' draws.
    const rng = botRng(state.seed, state.year, state.phase, `${role.id}/answers/${state.proposalCount}`, live.session.log.length);
    live = applyMoves(scenario, live, botAnswers(viewFor(scenario, state, role.id), seat.stance, rng, cache, ids), options);
  }
  return live;
}

/** The bots' first look at a phase just entered (or at the first phase of a new game). */
export function botsOnEntering(scenario: Scenario, live: LiveSession, options: BotGameOptions = {}): LiveSession {
  return botsMove(scenario, live, 0, options);
}

/** The bots' later looks at a phase about to end. */
export function botsBeforeLeaving(scenario: Scenario, live: LiveSession, options: BotGameOptions = {}): LiveSession {
  const looks = LOOKS[live.state.phase] ?? 1;
  for (let round = 1; round < looks; round++) live = botsMove(scenario, live, round, options);
  return live;
}

const movesOn = (a: Action) => a.type === 'next' || a.type === 'callDecision';

/** Where in the log the facilitator asked for the computer roles' last moves in the phase in play; undefined if not yet. */
export function lastMovesAt(live: LiveSession): number | undefined {
  const { log } = live.session;
  for (let i = log.length - 1; i >= 0; i--) {
    if (log[i]!.action.type === 'lastMoves') return i;
    if (movesOn(log[i]!.action)) return undefined;
  }
  return undefined;
}

const lastMovesTaken = (live: LiveSession) => lastMovesAt(live) !== undefined;

/** With people at the table, the bots' later looks are a step of their own: the facilitator's next asks for them first. */
function lastMovesDue(live: LiveSession, action: Action): boolean {
  if (!movesOn(action) || (LOOKS[live.state.phase] ?? 1) < 2 || live.state.paused) return false;
  const people = Object.values(live.state.seats).some((seat) => seat.controller === 'human');
  return people && !lastMovesTaken(live);
}

/**
 * Applies an action of a person or the facilitator the way every front end must: an action that ends the phase
 * first gives the bots their last look (with people at the table as a step of its own, `lastMoves`, which the
 * facilitator's first next becomes); when the phase has changed, the bots take their first look at the new one;
 * otherwise the bots a person's card or package deal asks answer it at once (botsAnswer).
 */
export function actWithBots(
  scenario: Scenario,
  live: LiveSession,
  action: Action,
  options: BotGameOptions = {},
): { ok: true; live: LiveSession; moved: boolean } | { ok: false; rejection: Rejection } {
  options = withCache(options);
  // People see the computer roles' last moves and may answer them before the phase ends: the first next asks for them.
  if (lastMovesDue(live, action)) action = { type: 'lastMoves' };
  if (action.type === 'lastMoves') {
    const asked = act(scenario, live, action, undefined, options);
    return asked.ok ? { ok: true, live: botsBeforeLeaving(scenario, asked.live, options), moved: false } : asked;
  }
  const before = movesOn(action) && !lastMovesTaken(live) ? botsBeforeLeaving(scenario, live, options) : live;
  const result = act(scenario, before, action, undefined, options);
  if (!result.ok) return result;
  const moved = result.live.state.phase !== before.state.phase || result.live.state.year !== before.state.year;
  return { ok: true, live: moved ? botsOnEntering(scenario, result.live, options) : botsAnswer(scenario, result.live, action, options), moved };
}

/**
 * A new game as every front end begins it: the session, the facilitator's choice of decision rule (logged, so a
 * replay makes the same choice), then the bots' first look.
 */
export function beginGame(scenario: Scenario, seed: number, seats: Record<string, Seat>, options: BotGameOptions = {}): LiveSession {
  options = withCache(options);
  let live = startSession(scenario, seed, seats);
  if (options.rule !== undefined && options.rule !== live.state.rule) {
    const ruled = act(scenario, live, { type: 'rule', rule: options.rule }, undefined, options);
    if (ruled.ok) live = ruled.live;
  }
  return botsOnEntering(scenario, live, options);
}

/** Plays a game from the start to the debrief with the given seats, as the facilitator's key would; human seats are skipped. */
export function playBotGame(scenario: Scenario, seed: number, seats: Record<string, Seat>, playOptions: BotGameOptions = {}): LiveSession {
  return toTheEnd(botGameSteps(scenario, seed, seats, playOptions));
}

/** `playBotGame` one facilitator's step at a time, pausing after each: a caller that must not hold the page up plays it in slices. */
export function* botGameSteps(scenario: Scenario, seed: number, seats: Record<string, Seat>, playOptions: BotGameOptions = {}): Generator<void, LiveSession> {
  // Only the newest session is ever kept here, so the log may grow in place; one cache serves the whole game.
  const options = withCache({ ...playOptions, appendInPlace: true });
  let live = beginGame(scenario, seed, seats, options);
  while (live.state.phase !== 'debrief') {
    yield;
    const next = actWithBots(scenario, live, { type: 'next' }, options);
    if (!next.ok) throw new Error(`the game cannot move on: ${next.rejection.code}`);
    live = next.live;
  }
  return live;
}

/** Runs stepwise work without pausing and returns its result. */
export function toTheEnd<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * Moves of stand-ins for people: each listed seat a person holds makes, as that person's own actions, the moves a
 * computer role of the seat's stance would make at this look, so the bots answer them as they answer people. A refused
 * move is skipped. Only `lab --people` uses stand-ins, to play the pace of a game in which people sit at the table.
 */
function standInsMove(scenario: Scenario, live: LiveSession, standIns: readonly string[], round: number, options: BotGameOptions): LiveSession {
  if (!ACTING.has(live.state.phase) || live.state.paused) return live;
  const cache = options.cache ?? botCache();
  for (const role of scenario.roles) {
    const seat = live.state.seats[role.id];
    if (seat?.controller !== 'human' || !standIns.includes(role.id)) continue;
    const { state } = live;
    const rng = botRng(state.seed, state.year, state.phase, `${role.id}/person`, round);
    for (const move of botMoves(viewFor(scenario, state, role.id), seat.stance, rng, cache, round)) {
      const next = actWithBots(scenario, live, move.action, options);
      if (next.ok) live = next.live;
      else options.refused?.(move, next.rejection);
    }
  }
  return live;
}

/**
 * A whole game as the browser plays it with people at the table, the people's seats (`standIns`, seated as people)
 * played by stand-ins of their stance: after the bots' first look at a phase the stand-ins act as people would, and
 * in a phase with a second look they look again before the facilitator moves on. The computer roles see people at the
 * table and play as they do then (fewer cards of their own).
 */
export function playStandInGame(
  scenario: Scenario,
  seed: number,
  seats: Record<string, Seat>,
  standIns: readonly string[],
  playOptions: BotGameOptions = {},
): LiveSession {
  const options = withCache({ ...playOptions, appendInPlace: true });
  let live = standInsMove(scenario, beginGame(scenario, seed, seats, options), standIns, 0, options);
  while (live.state.phase !== 'debrief') {
    const looks = LOOKS[live.state.phase] ?? 1;
    for (let round = 1; round < looks; round++) live = standInsMove(scenario, live, standIns, round, options);
    const next = actWithBots(scenario, live, { type: 'next' }, options);
    if (!next.ok) throw new Error(`the game cannot move on: ${next.rejection.code}`);
    live = standInsMove(scenario, next.live, standIns, 0, options);
  }
  return live;
}
