/** With people at the table, the computer roles' last moves in negotiation are a step of the facilitator's, not a side effect of next. */
import { describe, expect, it } from 'vitest';
import { beginGame, playBotGame } from '../../src/bots/autoplay';
import { defaultSeats } from '../../src/rules/game';
import { replay } from '../../src/rules/session';
import { driven, gruenau } from './helpers';

function game(people: readonly string[]) {
  const scenario = gruenau();
  const seats = { ...defaultSeats(scenario, 'bot', 'cooperative'), ...Object.fromEntries(people.map((r) => [r, { controller: 'human' as const, stance: 'pragmatic' as const }])) };
  // Assigned onto the driver, not spread: its live is a getter that follows the game.
  return Object.assign(driven(scenario, beginGame(scenario, 5, seats)), { scenario });
}

describe('the last moves', () => {
  it('are asked for by the first next of negotiation when people play, and the second next moves on', () => {
    const g = game(['city']);
    while (g.live.state.phase !== 'negotiation') g.go({ type: 'next' });
    const before = g.live.session.log.length;
    expect(g.go({ type: 'next' })).toBe(false);
    expect(g.live.state.phase).toBe('negotiation');
    expect(g.live.session.log[before]!.action).toEqual({ type: 'lastMoves' });
    // Everything after it is a computer role's move, each with its reason.
    for (const entry of g.live.session.log.slice(before + 1)) expect(entry.reason).toBeDefined();
    const after = g.live.session.log.length;
    expect(g.go({ type: 'next' })).toBe(true);
    expect(g.live.state.phase).toBe('decision');
    // The second next gives no second last look: only the next and the decision's first looks follow.
    expect(g.live.session.log[after]!.action).toEqual({ type: 'next' });
    expect(replay(g.scenario, g.live.session).ok).toBe(true);
  });

  it('stay part of next when the computer plays every seat, as batch games have always played', () => {
    const scenario = gruenau();
    const live = playBotGame(scenario, 5, defaultSeats(scenario, 'bot', 'cooperative'));
    expect(live.session.log.some((e) => e.action.type === 'lastMoves')).toBe(false);
  });
});
