/** A session is its log: replay, undo, going back to the start of a phase, and branching from an earlier year. */
import { describe, expect, it } from 'vitest';
import { act, branchAtYear, replay, restartPhase, stateHash, undo, type LiveSession } from '../../src/rules/session';
import type { Action } from '../../src/rules/types';
import { actAll, pledge, session, small } from './helpers';

const S = small();
const next: Action = { type: 'next' };
const toProposals: Action[] = [next, next, next];
const tableClub: Action = { type: 'table', role: 'city', measure: 'youthClub', district: 'wk2', scale: 1 };
const fundClub = pledge('city', 'p1', { money: 150_000, staffTime: 600 });
/** The first year: the club is tabled and paid, then the year runs to the news of 2001. */
const firstYear: Action[] = [...toProposals, tableClub, next, fundClub, next, next, next, next, next];

/** Two years played, the second one stopped in its negotiation with a renovation on the table. */
function twoYears(): LiveSession {
  return actAll(S, session(S, 11), ...firstYear, ...toProposals, { type: 'table', role: 'housingCompany', measure: 'renovate', district: 'wk1', scale: 2 }, next, pledge('housingCompany', 'p2', { money: 100_000 }));
}

describe('a session', () => {
  it('logs every accepted action with the reason a computer role gives, and nothing refused', () => {
    const live = actAll(S, session(S), ...toProposals);
    const withReason = act(S, live, tableClub, { de: 'Die Jugend braucht einen Ort.', en: 'Young people need a place.' });
    expect(withReason.ok && withReason.live.session.log.at(-1)).toEqual({ action: tableClub, reason: { de: 'Die Jugend braucht einen Ort.', en: 'Young people need a place.' } });
    expect(act(S, live, { ...tableClub, district: 'wk1' }).ok).toBe(false);
    expect(live.session.log).toHaveLength(3);
  });

  it('replays its log to the same state', () => {
    const live = twoYears();
    const again = replay(S, live.session);
    expect(again.ok && stateHash(again.live.state)).toBe(stateHash(live.state));
  });

  it('says which logged action the rules refuse when the log was tampered with', () => {
    const live = twoYears();
    const log = [...live.session.log];
    log[4] = { action: { ...tableClub, scale: 3 } };
    expect(replay(S, { ...live.session, log })).toEqual({ ok: false, failure: { index: 4, rejection: { code: 'scaleOutOfRange', params: { measure: 'youthClub', min: 1, max: 1, scale: 3 } } } });
  });

  it('remembers the start of each year', () => {
    expect(twoYears().yearStarts.map((s) => [s.year, s.index])).toEqual([
      [2000, 0],
      [2001, firstYear.length],
    ]);
  });
});

describe('undo', () => {
  it('takes back only the last action', () => {
    const live = twoYears();
    const undone = undo(S, live);
    expect(undone.session.log).toEqual(live.session.log.slice(0, -1));
    expect(undone.state.budgets.housingCompany!.money).toBe(2_000_000);
    expect(undone.state.proposals[0]!.pledges).toEqual([]);
  });

  it('takes back the turn of the year, and the year start with it', () => {
    const live = actAll(S, session(S), ...firstYear);
    expect(live.state.phase).toBe('news');
    const undone = undo(S, live);
    expect(undone.state.phase).toBe('review');
    expect(undone.state.year).toBe(2000);
    expect(undone.yearStarts.map((s) => s.year)).toEqual([2000]);
  });

  it('does nothing at the very start', () => {
    const live = session(S);
    expect(stateHash(undo(S, live).state)).toBe(stateHash(live.state));
  });
});

describe('going back to the start of the phase', () => {
  it('drops what was done in the current phase and keeps everything before', () => {
    const live = actAll(S, twoYears(), { type: 'support', role: 'city', proposal: 'p2' });
    const restarted = restartPhase(S, live);
    // The negotiation began with the last "next".
    const start = live.session.log.map((e) => e.action.type).lastIndexOf('next') + 1;
    expect(restarted.session.log).toEqual(live.session.log.slice(0, start));
    expect(restarted.state.phase).toBe('negotiation');
    expect(restarted.state.proposals[0]).toMatchObject({ pledges: [], support: ['housingCompany'] });
    expect(restarted.state.budgets.housingCompany!.money).toBe(2_000_000);
  });

  it('keeps the call of the decision that began the phase', () => {
    const called = actAll(S, session(S), ...toProposals, tableClub, next, { type: 'callDecision' }, { type: 'support', role: 'housingCompany', proposal: 'p1' });
    const restarted = restartPhase(S, called);
    expect(restarted.state.phase).toBe('decision');
    expect(restarted.session.log).toEqual(called.session.log.slice(0, -1));
  });

  it('changes nothing when nothing was done in the phase yet', () => {
    const live = actAll(S, session(S), ...toProposals);
    expect(restartPhase(S, live).session.log).toEqual(live.session.log);
  });
});

describe('branching', () => {
  it('starts again from the news of an earlier year', () => {
    const live = twoYears();
    const branch = branchAtYear(S, live, 2000)!;
    expect(branch.session.log).toEqual([]);
    expect(stateHash(branch.state)).toBe(stateHash(session(S, 11).state));
    const second = branchAtYear(S, live, 2001)!;
    expect(second.session.log).toEqual(live.session.log.slice(0, firstYear.length));
    expect(second.state).toMatchObject({ phase: 'news', year: 2001 });
  });

  it('cannot branch from a year not reached', () => {
    expect(branchAtYear(S, twoYears(), 2005)).toBeUndefined();
  });

  it('lets the branch go another way without touching the original line', () => {
    const live = twoYears();
    const hash = stateHash(live.state);
    const branch = branchAtYear(S, live, 2000)!;
    const other = actAll(S, branch, ...toProposals, { ...tableClub, participation: 'codecide' });
    expect(other.state.proposals[0]!.participation).toBe('codecide');
    expect(stateHash(live.state)).toBe(hash);
  });
});
