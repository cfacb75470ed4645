import { describe, expect, it } from 'vitest';
import { playBotGame } from '../../src/bots/autoplay';
import { defaultSeats } from '../../src/rules/game';
import { copyProposal, copyState, PROPOSAL_FIELDS, STATE_FIELDS } from '../../src/rules/copies';
import { replay } from '../../src/rules/session';
import type { GameState, Proposal } from '../../src/rules/types';
import { gruenau } from './helpers';

/** Every state a whole bot game passes through (replayed from its log). */
function statesOfGame(seed: number): GameState[] {
  const scenario = gruenau();
  const played = playBotGame(scenario, seed, defaultSeats(scenario), { explain: false });
  const states: GameState[] = [];
  // Replaying every prefix would be slow: the game is sampled after each phase move and at its end.
  for (const [index, entry] of played.session.log.entries()) {
    if (entry.action.type !== 'next' && index !== played.session.log.length - 1) continue;
    const result = replay(scenario, { ...played.session, log: played.session.log.slice(0, index + 1) });
    if (result.ok) states.push(result.live.state);
  }
  return states;
}

describe('copies of states and proposals', () => {
  // A field the copies forgot would vanish from every later state; these compare keys and values at every phase of a game.
  const states = statesOfGame(5);

  it('keep every field of a state, in the same order', () => {
    expect(states.length).toBeGreaterThan(100);
    for (const state of states) {
      const copy = copyState(state);
      expect(copy).not.toBe(state);
      expect(Object.keys(copy)).toEqual(Object.keys(state));
      expect(copy).toStrictEqual(state);
    }
  });

  it('keep every field of a proposal, open or decided', () => {
    const proposals = states.flatMap((s) => [...s.proposals, ...s.history.flatMap((y) => y.proposals)]);
    const verdicts = new Set(proposals.map((p) => p.verdict));
    expect(verdicts).toContain('open');
    expect(verdicts).toContain('passed');
    for (const p of proposals) {
      const copy = copyProposal(p);
      expect(Object.keys(copy)).toEqual(Object.keys(p));
      expect(copy).toStrictEqual(p);
    }
  });

  it('keep every field the types name, optional ones included', () => {
    // Each field gets its own marker, so a copy that drops or mixes up a field shows.
    const full = <T>(fields: Record<string, true>) => Object.fromEntries(Object.keys(fields).map((k) => [k, { field: k }])) as T;
    const state = full<GameState>(STATE_FIELDS);
    expect(copyState(state)).toStrictEqual(state);
    const proposal = full<Proposal>(PROPOSAL_FIELDS);
    expect(copyProposal(proposal)).toStrictEqual(proposal);
  });
});
