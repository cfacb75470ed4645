import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { branchYears, familyKey, familyOf, seatChanges } from '../../src/app/sessions/branches';
import { createAppStore } from '../../src/app/store';
import { defaultSeats } from '../../src/rules/game';
import type { Seat } from '../../src/rules/types';

const source = { file: 'tutorial.yaml', source: readFileSync('scenarios/tutorial.yaml', 'utf8') };
const session = { scenario: { id: 'gruenau', hash: 'abc' }, seed: 7, time: { turns: 7, turnLength: 2 } };

/** A tutorial game with the computer in every seat, played on to the news of `year` by the facilitator's Page Down. */
function playedTo(year: number) {
  const app = createAppStore({ lang: 'en', scenarioSource: source });
  const scenario = app.store.getState().scenario!;
  app.start({ seed: 4, seats: defaultSeats(scenario, 'bot'), rule: scenario.decision.rule, timerMinutes: 0, time: { turns: 5, turnLength: 2 } });
  for (let steps = 0; !(app.store.getState().live!.state.year === year && app.store.getState().live!.state.phase === 'news'); steps++) {
    if (steps > 100) throw new Error(`never reached ${year}`);
    expect(app.perform({ type: 'next' })).toBe(true);
  }
  return app;
}

describe('what-if branches', () => {
  it('a family is the games of one scenario file, seed and length', () => {
    expect(familyKey(session)).toBe(familyKey({ ...session }));
    expect(familyKey({ ...session, seed: 8 })).not.toBe(familyKey(session));
    expect(familyKey({ ...session, time: { turns: 14, turnLength: 1 } })).not.toBe(familyKey(session));
    expect(familyKey({ ...session, scenario: { id: 'gruenau', hash: 'changed' } })).not.toBe(familyKey(session));
    // A session at its scenario's own length (no `time`) is a family of its own.
    expect(familyKey({ scenario: session.scenario, seed: 7 })).not.toBe(familyKey(session));
  });

  it('lists the games of a family in the order they began, each branch with the number of its parent', () => {
    const family = familyKey(session);
    const sessions = [
      { id: 'b', family, startedAt: 30, branch: { parent: 'a', year: 1999 } },
      { id: 'other', family: familyKey({ ...session, seed: 1 }), startedAt: 5 },
      { id: 'a', family, startedAt: 10 },
      { id: 'c', family, startedAt: 40, branch: { parent: 'b', year: 2003 } },
      { id: 'orphan', family, startedAt: 50, branch: { parent: 'deleted', year: 2001 } },
    ];
    const listed = familyOf(sessions, 'c');
    expect(listed.map((s) => [s.id, s.number, s.parentNumber])).toEqual([
      ['a', 1, undefined],
      ['b', 2, 1],
      ['c', 3, 2],
      ['orphan', 4, undefined],
    ]);
    expect(familyOf(sessions, 'other').map((s) => s.id)).toEqual(['other']);
    expect(familyOf(sessions, 'unknown')).toEqual([]);
  });

  it('gives the seat actions that change only the seats wanted otherwise', () => {
    const seats: Record<string, Seat> = { city: { controller: 'human', stance: 'pragmatic' }, youth: { controller: 'bot', stance: 'sectoral' } };
    expect(seatChanges(seats, {})).toEqual([]);
    expect(seatChanges(seats, { city: { controller: 'human', stance: 'cooperative' }, youth: { controller: 'bot', stance: 'sectoral' } })).toEqual([]);
    expect(seatChanges(seats, { city: { controller: 'bot', stance: 'sceptical' }, youth: { controller: 'bot', stance: 'cooperative' }, nobody: { controller: 'human', stance: 'pragmatic' } })).toEqual([
      { type: 'seat', role: 'city', controller: 'bot', stance: 'sceptical' },
      { type: 'seat', role: 'youth', controller: 'bot', stance: 'cooperative' },
    ]);
    expect(seatChanges(seats, { youth: { controller: 'human', stance: 'sectoral' } })).toEqual([{ type: 'seat', role: 'youth', controller: 'human' }]);
  });

  it('branching plays on as a new session that remembers its parent and round, with other seats, and leaves the parent as it was', () => {
    const app = playedTo(2006);
    const parent = app.store.getState();
    expect(branchYears(parent.live!)).toEqual([2002, 2004]);
    const stances = { city: { controller: 'bot', stance: 'sceptical' } } satisfies Record<string, Seat>;
    expect(app.branch(2004, stances)).toBe(true);
    const branched = app.store.getState();
    expect(branched.sessionId).not.toBe(parent.sessionId);
    expect(branched.branch).toEqual({ parent: parent.sessionId, year: 2004 });
    expect([branched.live!.state.year, branched.live!.state.phase]).toEqual([2004, 'news']);
    expect(branched.live!.state.seats.city).toEqual(stances.city);
    // The branch's log is the parent's up to the round, then the change of seat.
    const at = parent.live!.yearStarts.find((s) => s.year === 2004)!.index;
    expect(branched.live!.session.log.slice(0, at)).toEqual(parent.live!.session.log.slice(0, at));
    expect(branched.live!.session.log.slice(at).map((e) => e.action)).toEqual([{ type: 'seat', role: 'city', controller: 'bot', stance: 'sceptical' }]);
    expect(parent.live!.session.log.length).toBeGreaterThan(at);
    // A round not reached is refused, and nothing changes.
    expect(app.branch(2010)).toBe(false);
    expect(app.store.getState().sessionId).toBe(branched.sessionId);
    // A new game is no branch.
    app.start({ seed: 4, seats: defaultSeats(app.store.getState().scenario!, 'bot'), rule: 'consent', timerMinutes: 0 });
    expect(app.store.getState().branch).toBeUndefined();
  });
});
