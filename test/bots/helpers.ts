/** Bot games for the tests: Grünau with every seat computer-played, each game played once per test file. */
import { playBotGame } from '../../src/bots/autoplay';
import type { BotMove } from '../../src/bots/bot';
import { defaultSeats } from '../../src/rules/game';
import type { LiveSession } from '../../src/rules/session';
import type { Proposal, Rejection, Stance } from '../../src/rules/types';
import { gruenau } from '../helpers/scenarios';

export { gruenau };

export interface BotGame {
  live: LiveSession;
  refused: { move: BotMove; rejection: Rejection }[];
}

const games = new Map<string, BotGame>();

/** A Grünau game with all six seats at one stance, or at each role's default stance ('mixed'). */
export function botGame(stance: Stance | 'mixed', seed: number): BotGame {
  const key = `${stance}/${seed}`;
  const cached = games.get(key);
  if (cached) return cached;
  const scenario = gruenau();
  const refused: BotGame['refused'] = [];
  const seats = stance === 'mixed' ? defaultSeats(scenario) : defaultSeats(scenario, 'bot', stance);
  const live = playBotGame(scenario, seed, seats, { explain: false, refused: (move, rejection) => refused.push({ move, rejection }) });
  const game = { live, refused };
  games.set(key, game);
  return game;
}

/** Every proposal of the game, as it was decided. */
export function proposalsOf(game: BotGame): Proposal[] {
  return game.live.state.history.flatMap((y) => y.proposals);
}
