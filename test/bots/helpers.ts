/** Bot games for the tests: Grünau with every seat computer-played, each game played once per test file. */
import { actWithBots, playBotGame, playStandInGame } from '../../src/bots/autoplay';
import type { BotMove } from '../../src/bots/bot';
import { defaultSeats } from '../../src/rules/game';
import type { LiveSession } from '../../src/rules/session';
import type { Action, Phase, Proposal, Rejection, Stance } from '../../src/rules/types';
import type { Scenario } from '../../src/scenario/schema';
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

/** A game driven as the browser drives it: each action with the bots' answers (a refusal throws), `to` presses next until a phase. */
export function driven(scenario: Scenario, start: LiveSession) {
  let live = start;
  const go = (action: Action): boolean => {
    const result = actWithBots(scenario, live, action);
    if (!result.ok) throw new Error(`${action.type}: ${result.rejection.code}`);
    live = result.live;
    return result.moved;
  };
  const to = (phase: Phase) => {
    while (live.state.phase !== phase) go({ type: 'next' });
  };
  return { go, to, get live() { return live; } };
}

/** A whole game in which people hold these seats (stand-ins making their moves) and the computer the others. */
export function gameWithPeople(scenario: Scenario, seed: number, people: readonly string[]): LiveSession {
  const seats = defaultSeats(scenario);
  for (const role of people) seats[role] = { ...seats[role]!, controller: 'human' };
  return playStandInGame(scenario, seed, seats, [...people], { explain: false });
}
