/** Rounds of several model years: the length a facilitator chooses at setup, played, saved and replayed. */
import { describe, expect, it } from 'vitest';
import { playBotGame } from '../../src/bots/autoplay';
import { defaultSeats } from '../../src/rules/game';
import { baseScenario, finalYear, lastRoundYear, modelYears, roundOf, timeProblem, withTime } from '../../src/rules/gameLength';
import { parseSessionFile, sessionForScenario, sessionProblemMessage, sessionToJson, SESSION_VERSION } from '../../src/rules/saveFile';
import { replay, scenarioHash, stateHash } from '../../src/rules/session';
import { gruenau } from './helpers';

const WORKSHOP = { turns: 7, turnLength: 2 };

describe('a scenario played in rounds of two years', () => {
  it('gives each round two years of resources and programme money, and keeps the file’s identity', () => {
    const file = gruenau();
    const played = withTime(file, WORKSHOP);
    expect(withTime(file, WORKSHOP)).toBe(played);
    expect(withTime(played, WORKSHOP)).toBe(played);
    expect(baseScenario(played)).toBe(file);
    expect(withTime(played, undefined)).toBe(file);
    expect(scenarioHash(played)).toBe(scenarioHash(file));
    for (const [i, r] of played.roles.entries()) expect(r.resources.money).toBe(2 * file.roles[i]!.resources.money);
    for (const [i, g] of played.programmes.entries()) expect(g.budget).toBe(2 * file.programmes[i]!.budget);
    // What the city can start grows with the years; what each role may table stays per round.
    expect(played.decision.maxPassed).toBe(2 * file.decision.maxPassed!);
    expect(played.decision.cardsPerRole).toBe(file.decision.cardsPerRole);
    expect([modelYears(played), lastRoundYear(played), finalYear(played)]).toEqual([14, 2009, 2010]);
    expect([roundOf(played, 1997), roundOf(played, 1999), roundOf(played, 2009)]).toEqual([1, 2, 7]);
  });

  it('refuses lengths the file’s years cannot hold', () => {
    const file = gruenau();
    expect(timeProblem(file, { turns: 8, turnLength: 2 })).toBe('tooLong');
    expect(timeProblem(file, { turns: 2, turnLength: 6 })).toBe('notWhole');
    expect(timeProblem(file, { turns: 0, turnLength: 1 })).toBe('notWhole');
    expect(timeProblem(file, { turns: 4, turnLength: 3 })).toBeUndefined();
  });

  it('plays seven rounds: the year moves on by two, each round files its second year’s news, and the model ends in 2010', () => {
    const played = withTime(gruenau(), WORKSHOP);
    const live = playBotGame(played, 11, defaultSeats(played, 'bot', 'cooperative'));
    expect(live.state.phase).toBe('debrief');
    expect(live.yearStarts.map((s) => s.year)).toEqual([1997, 1999, 2001, 2003, 2005, 2007, 2009]);
    expect(live.state.history.map((r) => r.year)).toEqual([1997, 1999, 2001, 2003, 2005, 2007, 2009]);
    expect(live.state.history.map((r) => r.later?.map((l) => l.year))).toEqual([[1998], [2000], [2002], [2004], [2006], [2008], [2010]]);
    expect(live.state.model.year).toBe(2010);
    expect(live.session.time).toEqual(WORKSHOP);
    // Budgets renew each round at two years' worth.
    expect(live.yearStarts[1]!.state.budgets.city!.money).toBe(played.roles.find((r) => r.id === 'city')!.resources.money);
  });

  it('is kept in the session file (format 4), refused when the scenario cannot hold it, and replays to the same state', () => {
    const file = gruenau();
    const played = withTime(file, WORKSHOP);
    const live = playBotGame(played, 3, defaultSeats(played));
    const text = sessionToJson(live.session);
    const parsed = parseSessionFile(text);
    if (!parsed.ok) throw new Error(parsed.problem.code);
    expect(parsed.file.version).toBe(SESSION_VERSION);
    expect(parsed.file.time).toEqual(WORKSHOP);
    const matched = sessionForScenario(parsed.file, file);
    if (!matched.ok) throw new Error(matched.problem.code);
    expect(matched.scenario).toBe(played);
    const again = replay(file, matched.session);
    if (!again.ok) throw new Error(again.failure.rejection.code);
    expect(stateHash(again.live.state)).toBe(stateHash(live.state));

    const tooLong = parseSessionFile(text.replace('"turns": 7', '"turns": 9'));
    if (!tooLong.ok) throw new Error(tooLong.problem.code);
    const refused = sessionForScenario(tooLong.file, file);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(sessionProblemMessage(refused.problem, 'en')).toBe('the file asks for 9 rounds of 2 years, but the scenario covers 14 years (rounds of 1 to 5 years)');
  });

  it('plays a file’s own length as before: no length in the session, one year a round', () => {
    const file = gruenau();
    const live = playBotGame(file, 3, defaultSeats(file));
    expect(live.session.time).toBeUndefined();
    expect(live.state.history).toHaveLength(14);
    expect(live.state.history.every((r) => r.later === undefined)).toBe(true);
    expect(JSON.parse(sessionToJson(live.session)).time).toBeUndefined();
  });
});
