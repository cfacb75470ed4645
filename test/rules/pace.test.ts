/** Workshop pace (issue 11): each role tables at most the scenario's number of cards a year; sessions saved before still replay. */
import { describe, expect, it } from 'vitest';
import { beginGame, actWithBots } from '../../src/bots/autoplay';
import { version1Hash, version1Rules } from '../../src/rules/legacy';
import { rejectionMessage } from '../../src/rules/rejectionMessages';
import { parseSessionFile, sessionForScenario, sessionToJson } from '../../src/rules/saveFile';
import { replay, startSession, stateHash, type LiveSession, type Session } from '../../src/rules/session';
import type { Action } from '../../src/rules/types';
import { defaultSeats } from '../../src/rules/game';
import { actAll, gameAt, gruenau, play, refusal } from './helpers';

const G = gruenau();
const green = (district: string): Action => ({ type: 'table', role: 'city', measure: 'interimGreen', district, scale: 1 });

describe('the cap on cards per role and year', () => {
  it('is the scenario’s decision.cardsPerRole: two in Grünau', () => {
    expect(G.decision.cardsPerRole).toBe(2);
  });

  it('refuses a third card of one role with a sentence in English and German', () => {
    const two = play(G, gameAt(G, 'proposals'), green('wk8'), green('wk7'));
    const rejection = refusal(G, two, green('wk4'));
    expect(rejection).toEqual({ code: 'tablingLimit', params: { role: 'city', max: 2 } });
    expect(rejectionMessage(rejection, 'en', G)).toBe('City administration has already tabled 2 cards this round: each role may table at most 2 a round.');
    expect(rejectionMessage(rejection, 'de', G)).toBe('Stadtverwaltung hat in dieser Runde schon 2 Karten eingebracht: jede Rolle darf höchstens 2 je Runde einbringen.');
  });

  it('counts each role on its own and starts afresh every year', () => {
    const two = play(G, gameAt(G, 'proposals'), green('wk8'), green('wk7'));
    expect(() => play(G, two, { type: 'table', role: 'youth', measure: 'youthClub', district: 'wk7', scale: 1 })).not.toThrow();
  });
});

/** The city's three cards of the first year, as format 1 allowed (it had no cap), as a session. */
function threeCardsUnderFormat1(): { session: Session; live: LiveSession } {
  const old = version1Rules(G);
  const started = startSession(old, 4, defaultSeats(G, 'human'));
  let live: LiveSession = { ...started, session: { ...started.session, scenario: { id: G.meta.id, hash: version1Hash(G) }, rulesVersion: 1 } };
  live = actAll(old, live, { type: 'next' }, { type: 'next' }, { type: 'next' }, green('wk8'), green('wk7'), green('wk4'));
  return { session: live.session, live };
}

describe('sessions saved before the cap', () => {
  it('a format-1 session with more cards than the cap allows opens and replays under its own rules', () => {
    const { live } = threeCardsUnderFormat1();
    expect(live.state.proposals.filter((p) => p.tabledBy === 'city')).toHaveLength(3);
    const text = sessionToJson(live.session, { finalHash: stateHash(live.state) });
    const parsed = parseSessionFile(text);
    if (!parsed.ok) throw new Error(parsed.problem.code);
    expect(parsed.file.version).toBe(1);
    const matched = sessionForScenario(parsed.file, G);
    if (!matched.ok) throw new Error(matched.problem.code);
    const replayed = replay(matched.scenario, matched.session);
    if (!replayed.ok) throw new Error(replayed.failure.rejection.code);
    expect(stateHash(replayed.live.state)).toBe(parsed.file.finalHash);
    // Under today's rules the third card is refused: the file keeps its own rules.
    const today = replay(G, matched.session);
    expect(today.ok).toBe(false);
    if (!today.ok) expect(today.failure.rejection.code).toBe('tablingLimit');
  });

  it('a session saved before computer roles held back for people (two cards each with a person seated) replays to the same state', () => {
    // Before, computer roles tabled up to the cap even with people at the table; such a log is still within the rules.
    const allBots = defaultSeats(G, 'bot');
    let live = beginGame(G, 2, allBots);
    for (let i = 0; i < 4; i++) {
      const next = actWithBots(G, live, { type: 'next' });
      if (!next.ok) throw new Error(next.rejection.code);
      live = next.live;
    }
    expect(live.state.phase).toBe('negotiation');
    const twice = G.roles.filter((r) => live.state.proposals.filter((p) => p.tabledBy === r.id).length === 2);
    expect(twice.length).toBeGreaterThan(1);
    const withPerson: Session = { ...live.session, seats: { ...allBots, city: { ...allBots.city!, controller: 'human' } } };
    const text = sessionToJson(withPerson);
    const parsed = parseSessionFile(text);
    if (!parsed.ok) throw new Error(parsed.problem.code);
    const matched = sessionForScenario(parsed.file, G);
    if (!matched.ok) throw new Error(matched.problem.code);
    const replayed = replay(matched.scenario, matched.session);
    if (!replayed.ok) throw new Error(replayed.failure.rejection.code);
    // The same table and budgets; the log went through JSON as a saved session does (-0 is saved as 0).
    const asSaved = (x: unknown) => JSON.stringify(x);
    expect(asSaved(replayed.live.state.proposals)).toBe(asSaved(live.state.proposals));
    expect(asSaved(replayed.live.state.budgets)).toBe(asSaved(live.state.budgets));
    expect(replayed.live.state.seats.city!.controller).toBe('human');
  });
});
