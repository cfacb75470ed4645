/** A bot game is a function of scenario, seed and seats; its log replays without any bot code. */
import { describe, expect, it } from 'vitest';
import { botRng, playBotGame } from '../../src/bots/autoplay';
import { defaultSeats } from '../../src/rules/game';
import { replay, stateHash } from '../../src/rules/session';
import { gruenau } from './helpers';

describe('a bot game', () => {
  it('is the same game for the same seed: the same log and the same state', () => {
    const scenario = gruenau();
    const seats = defaultSeats(scenario);
    const first = playBotGame(scenario, 7, seats);
    const second = playBotGame(scenario, 7, seats);
    expect(second.session.log).toEqual(first.session.log);
    expect(stateHash(second.state)).toBe(stateHash(first.state));
  });

  it('replays from its log alone to the same state', () => {
    const scenario = gruenau();
    const live = playBotGame(scenario, 8, defaultSeats(scenario, 'bot', 'cooperative'));
    const again = replay(scenario, live.session);
    expect(again.ok && stateHash(again.live.state)).toBe(stateHash(live.state));
  });

  it('differs from seed to seed', () => {
    const scenario = gruenau();
    const seats = defaultSeats(scenario);
    const a = playBotGame(scenario, 1, seats, { explain: false });
    const b = playBotGame(scenario, 2, seats, { explain: false });
    expect(stateHash(a.state)).not.toBe(stateHash(b.state));
  });

  it('draws each bot decision from a generator derived from the session seed by a fixed rule', () => {
    const draw = (round: number) => botRng(7, 2001, 'negotiation', 'city', round).next();
    expect(draw(0)).toBe(draw(0));
    expect(draw(0)).not.toBe(draw(1));
    expect(botRng(7, 2001, 'negotiation', 'city', 0).next()).not.toBe(botRng(7, 2001, 'negotiation', 'lwb', 0).next());
  });
});
