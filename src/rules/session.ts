/** A session is data: scenario, seed, seats and the log of accepted actions; the game state is replayed from it. */
import type { Scenario } from '../scenario/schema';
import { lastExplanation } from './explanations';
import { applyAction, newGame, type PlayOptions } from './game';
import { baseScenario, timeOf, withTime, type GameTime } from './gameLength';
import { hashOf } from './hash';
import type { Action, GameState, LogEntry, Rejection, Seat } from './types';

export interface Session {
  scenario: { id: string; hash: string };
  seed: number;
  seats: Record<string, Seat>;
  /** The length of play chosen at setup, when it is not the scenario file's own (gameLength.ts). */
  time?: GameTime;
  log: LogEntry[];
  /** Set for a session begun under the rules of session format 1 (see legacy.ts); it goes on under them. */
  rulesVersion?: 1;
}

/** A session in play: its data, the current state, and states at the start of each year for fast undo and branching. */
export interface LiveSession {
  session: Session;
  state: GameState;
  /** Log length and state at the news of each year played so far. */
  yearStarts: { year: number; index: number; state: GameState }[];
}

/** A loaded scenario is not changed, so its hash is worked out once (batch runs start thousands of sessions). */
const hashes = new WeakMap<Scenario, string>();

/**
 * The scenario file's identity in saves: any change that can change play changes the hash. The length played is the
 * session's; the workshop length only suggests one at setup and the debrief questions are for the talk after the game,
 * so sessions saved before a file named them still open.
 */
export function scenarioHash(scenario: Scenario): string {
  const file = baseScenario(scenario);
  let hash = hashes.get(file);
  if (hash === undefined) {
    const { workshop: _w, ...time } = file.time;
    const { debrief: _d, ...played } = file;
    hashes.set(file, (hash = hashOf({ ...played, time })));
  }
  return hash;
}


/** The state hash printed by the command line and checked by replays: the state is plain data, explanations live beside it. */
export function stateHash(state: GameState): string {
  return hashOf(state);
}

/**
 * The state hash as the session's format defines it: format 1 kept the last year's explanation in the state as
 * `review` and hashed it too, so its files verify with the explanation put back. `scenario`: the one the session plays under.
 */
export function sessionStateHash(scenario: Scenario, live: Pick<LiveSession, 'session' | 'state' | 'yearStarts'>): string {
  return live.session.rulesVersion === 1 ? hashOf({ ...live.state, review: lastExplanation(scenario, live) }) : stateHash(live.state);
}

/** A new session; `scenario` may be one played at another length (gameLength.ts `withTime`), which the session keeps. */
export function startSession(scenario: Scenario, seed: number, seats?: Record<string, Seat>): LiveSession {
  const state = newGame(scenario, seed, seats);
  const time = timeOf(scenario);
  return {
    session: { scenario: { id: scenario.meta.id, hash: scenarioHash(scenario) }, seed, seats: state.seats, ...(time && { time }), log: [] },
    state,
    yearStarts: [{ year: state.year, index: 0, state }],
  };
}

const movesPhase = (a: Action) => a.type === 'next' || a.type === 'callDecision';

export interface SessionOptions extends PlayOptions {
  /** The caller keeps no earlier LiveSession, so the log array may grow in place (batch runs). */
  appendInPlace?: boolean;
}

/** Applies an action; when accepted it is appended to the log. */
export function act(
  scenario: Scenario,
  live: LiveSession,
  action: Action,
  reason?: LogEntry['reason'],
  options?: SessionOptions,
): { ok: true; live: LiveSession } | { ok: false; rejection: Rejection } {
  const result = applyAction(scenario, live.state, action, options);
  if (!result.ok) return result;
  const entry: LogEntry = reason ? { action, reason } : { action };
  // Copying the log on every action makes a game quadratic; a batch run that keeps no older session may append in place.
  const log = options?.appendInPlace ? live.session.log : [...live.session.log];
  log.push(entry);
  const newYear = movesPhase(action) && result.state.phase === 'news';
  return {
    ok: true,
    live: {
      // Appending in place has changed the session's log already, so the session object itself can stay.
      session: log === live.session.log ? live.session : { ...live.session, log },
      state: result.state,
      yearStarts: newYear ? [...live.yearStarts, { year: result.state.year, index: log.length, state: result.state }] : live.yearStarts,
    },
  };
}

/** Why a logged session cannot be replayed: the entry that the rules refuse. */
export interface ReplayFailure {
  index: number;
  rejection: Rejection;
}

/** How often a long replay reports how far it has got (a worker shows it while the page stays responsive). */
const PROGRESS_EVERY = 500;

/** Replays a session's log from the start; `progress` hears the number of entries replayed now and then. */
export function replay(
  scenario: Scenario,
  session: Session,
  progress?: (done: number) => void,
): { ok: true; live: LiveSession } | { ok: false; failure: ReplayFailure } {
  // The session's own length of play, whatever length the scenario was handed in with.
  const played = session.rulesVersion === 1 ? scenario : withTime(scenario, session.time);
  const started = startSession(played, session.seed, session.seats);
  // The session keeps the identity it was saved with: its scenario hash and the rules it began under.
  let live: LiveSession = { ...started, session: { ...started.session, scenario: session.scenario, ...(session.rulesVersion && { rulesVersion: session.rulesVersion }) } };
  for (const [index, entry] of session.log.entries()) {
    // Only the newest state is kept while replaying, so the log may grow in place: replay time stays linear.
    const next = act(played, live, entry.action, entry.reason, { appendInPlace: true });
    if (!next.ok) return { ok: false, failure: { index, rejection: next.rejection } };
    live = next.live;
    if (progress && (index + 1) % PROGRESS_EVERY === 0) progress(index + 1);
  }
  return { ok: true, live };
}

/** The session cut back to its first `length` log entries, replayed from the nearest year start. */
export function truncate(scenario: Scenario, live: LiveSession, length: number): LiveSession {
  const starts = live.yearStarts.filter((s) => s.index <= length);
  const from = starts[starts.length - 1]!;
  let current: LiveSession = { session: { ...live.session, log: live.session.log.slice(0, from.index) }, state: from.state, yearStarts: starts };
  for (const entry of live.session.log.slice(from.index, length)) {
    const next = act(scenario, current, entry.action, entry.reason);
    // Entries that were accepted once are accepted again: the rules are deterministic.
    if (!next.ok) throw new Error(`log entry refused on replay: ${next.rejection.code}`);
    current = next.live;
  }
  return current;
}

/** Takes back the last action. */
export function undo(scenario: Scenario, live: LiveSession): LiveSession {
  return truncate(scenario, live, Math.max(0, live.session.log.length - 1));
}

/** Goes back to the start of the current phase, dropping what was done in it. */
export function restartPhase(scenario: Scenario, live: LiveSession): LiveSession {
  const log = live.session.log;
  let start = log.length;
  while (start > 0 && !movesPhase(log[start - 1]!.action)) start--;
  return truncate(scenario, live, start);
}

/** Back one phase: to the start of the current phase if anything was done in it, else to the start of the previous one. */
export function previousPhase(scenario: Scenario, live: LiveSession): LiveSession {
  const log = live.session.log;
  let start = log.length;
  while (start > 0 && !movesPhase(log[start - 1]!.action)) start--;
  if (start < log.length || start === 0) return truncate(scenario, live, start);
  let before = start - 1;
  while (before > 0 && !movesPhase(log[before - 1]!.action)) before--;
  return truncate(scenario, live, before);
}

/** A new line of play from the news of an earlier year; undefined when that year has not been reached. */
export function branchAtYear(scenario: Scenario, live: LiveSession, year: number): LiveSession | undefined {
  const start = live.yearStarts.find((s) => s.year === year);
  return start ? truncate(scenario, live, start.index) : undefined;
}
