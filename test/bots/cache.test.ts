/** The bots' cache saves work and changes nothing: a cache kept over whole games gives the moves a fresh one gives at every call. */
import { describe, expect, it } from 'vitest';
import { actWithBots, beginGame, playBotGame } from '../../src/bots/autoplay';
import { botCache, type BotCache } from '../../src/bots/cache';
import { defaultSeats } from '../../src/rules/game';
import { stateHash, undo } from '../../src/rules/session';
import type { Stance } from '../../src/rules/types';
import { gruenau } from './helpers';

/** A cache that keeps nothing: every board and every table is worked out afresh, as with a new cache at every call. */
function forgetful(): BotCache {
  const never = { get: () => undefined, set: () => {} };
  return Object.defineProperties({}, { board: never, table: never });
}

describe('the bots’ cache', () => {
  const scenario = gruenau();
  // One cache for every game of this file, in turn: what it keeps from one game must not leak into the next.
  const kept = botCache();

  it.each<[Stance | 'mixed', number]>([
    ['mixed', 1],
    ['cooperative', 2],
    ['sectoral', 3],
    ['sceptical', 4],
    ['pragmatic', 5],
  ])('gives the same game kept as fresh at every call (%s, seed %i)', (stance, seed) => {
    const seats = stance === 'mixed' ? defaultSeats(scenario) : defaultSeats(scenario, 'bot', stance);
    const withKept = playBotGame(scenario, seed, seats, { explain: false, cache: kept });
    const withFresh = playBotGame(scenario, seed, seats, { explain: false, cache: forgetful() });
    expect(withKept.session.log.length).toBeGreaterThan(100);
    expect(withKept.session.log).toEqual(withFresh.session.log);
    expect(stateHash(withKept.state)).toBe(stateHash(withFresh.state));
  });

  it('keeps nothing stale when the session goes back: an undone move is answered as at the first time', () => {
    const seats = defaultSeats(scenario);
    const cache = botCache();
    let live = beginGame(scenario, 6, seats, { cache });
    // Into the negotiation of the first year, where bots answer what is on the table.
    while (live.state.phase !== 'negotiation') {
      const next = actWithBots(scenario, live, { type: 'next' }, { cache });
      if (!next.ok) throw new Error(next.rejection.code);
      live = next.live;
    }
    const decided = actWithBots(scenario, live, { type: 'next' }, { cache });
    if (!decided.ok) throw new Error(decided.rejection.code);
    // Back to the negotiation and on again, with the cache that has seen the decision.
    let back = decided.live;
    while (back.state.phase !== 'negotiation') back = undo(scenario, back);
    const again = actWithBots(scenario, back, { type: 'next' }, { cache });
    const fresh = actWithBots(scenario, back, { type: 'next' }, { cache: forgetful() });
    if (!again.ok || !fresh.ok) throw new Error('refused');
    expect(again.live.session.log).toEqual(fresh.live.session.log);
    expect(stateHash(again.live.state)).toBe(stateHash(fresh.live.state));
  });
});
