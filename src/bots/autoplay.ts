/** A whole game played by computer roles: every bot seat moves in each phase, then the facilitator moves on. */
import type { Scenario } from '../scenario/schema';
import { ROLE_ACTION_PHASES } from '../rules/roleActions';
import { act, startSession, type LiveSession, type SessionOptions } from '../rules/session';
import type { Phase, Rejection, Seat } from '../rules/types';
import { viewFor } from '../rules/view';
import { Rng, seedRng } from '../sim/rng';
import { botMoves, type BotMove, type Draws } from './bot';

/** Phases in which roles can act at all; in the others bots are not asked. */
const ACTING = new Set<Phase>(Object.values(ROLE_ACTION_PHASES).flat());

/** Looks at the table per phase: negotiation has a second, so roles can answer others' pledges and package deals. */
const ROUNDS: Partial<Record<Phase, number>> = { negotiation: 2 };

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
}

/** Each bot seat, in scenario role order, applies its moves; a refused move is skipped. */
export function botsMove(scenario: Scenario, live: LiveSession, round: number, options: BotGameOptions = {}): LiveSession {
  if (!ACTING.has(live.state.phase) || live.state.paused) return live;
  for (const role of scenario.roles) {
    const seat = live.state.seats[role.id];
    if (seat?.controller !== 'bot') continue;
    const { state } = live;
    const rng = botRng(state.seed, state.year, state.phase, role.id, round);
    for (const move of botMoves(viewFor(scenario, state, role.id), seat.stance, rng)) {
      const next = act(scenario, live, move.action, move.reason, options);
      if (next.ok) live = next.live;
      else options.refused?.(move, next.rejection);
    }
  }
  return live;
}

/** Plays a game from the start to the debrief with the given seats; human seats are skipped. */
export function playBotGame(scenario: Scenario, seed: number, seats: Record<string, Seat>, playOptions: BotGameOptions = {}): LiveSession {
  // Only the newest session is ever kept here, so the log may grow in place.
  const options = { ...playOptions, appendInPlace: true };
  let live = startSession(scenario, seed, seats);
  while (live.state.phase !== 'debrief') {
    for (let round = 0; round < (ROUNDS[live.state.phase] ?? 1); round++) live = botsMove(scenario, live, round, options);
    const next = act(scenario, live, { type: 'next' }, undefined, options);
    if (!next.ok) throw new Error(`the game cannot move on: ${next.rejection.code}`);
    live = next.live;
  }
  return live;
}
