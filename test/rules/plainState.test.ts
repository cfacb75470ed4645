/** The game state is plain data: explanations are derived beside it, so asking for them changes neither state nor hash. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { playBotGame } from '../../src/bots/autoplay';
import { filedExplanation, lastExplanation } from '../../src/rules/explanations';
import { defaultSeats } from '../../src/rules/game';
import { parseSessionFile, sessionForScenario } from '../../src/rules/saveFile';
import { branchAtYear, replay, sessionStateHash, stateHash, type LiveSession } from '../../src/rules/session';
import { gruenau, small } from './helpers';

/** Where a value is not plain data, which JSON keeps as it is: a getter, a class instance, a typed array, a function, an undefined field or a number that is not finite. */
function notPlain(value: unknown, path = 'state'): string[] {
  if (typeof value === 'number') return Number.isFinite(value) ? [] : [`${path}: ${value}`];
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return [];
  if (typeof value !== 'object') return [`${path}: ${typeof value}`];
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== Array.prototype) return [`${path}: ${proto?.constructor?.name ?? 'no prototype'}`];
  return Object.entries(Object.getOwnPropertyDescriptors(value)).flatMap(([key, d]) => {
    if (key === 'length' && Array.isArray(value)) return [];
    if (!('value' in d)) return [`${path}.${key}: getter`];
    if (d.value === undefined) return [`${path}.${key}: undefined`];
    return notPlain(d.value, `${path}.${key}`);
  });
}

/** The session with every object copied, so nothing in it is a key of any cache. */
const copied = (live: LiveSession): LiveSession => JSON.parse(JSON.stringify(live)) as LiveSession;

describe('the game state', () => {
  const scenario = gruenau();
  const seats = defaultSeats(scenario);

  it('is plain data at every year, which JSON keeps as it is: no getters, class instances, undefined fields or infinite numbers', () => {
    const live = playBotGame(scenario, 3, seats);
    for (const state of [...live.yearStarts.map((s) => s.state), live.state]) expect(notPlain(state)).toEqual([]);
  });

  it.each([1, 2, 3])('is the same with explanations and without, and hashes the same (seed %i)', (seed) => {
    const explained = playBotGame(scenario, seed, seats);
    const batch = playBotGame(scenario, seed, seats, { explain: false });
    expect(filedExplanation(explained.state.history.at(-1)!)).toBeDefined();
    expect(filedExplanation(batch.state.history.at(-1)!)).toBeUndefined();
    expect(batch.session.log).toEqual(explained.session.log);
    expect(JSON.stringify(batch.state)).toBe(JSON.stringify(explained.state));
    expect(stateHash(batch.state)).toBe(stateHash(explained.state));
  });

  it('does not change when its explanation is asked for', () => {
    const live = playBotGame(scenario, 4, seats, { explain: false });
    const hash = stateHash(live.state);
    const text = JSON.stringify(live.state);
    expect(lastExplanation(scenario, live)).toBeDefined();
    expect(stateHash(live.state)).toBe(hash);
    expect(JSON.stringify(live.state)).toBe(text);
  });
});

describe('an explanation worked out on demand', () => {
  const scenario = gruenau();
  const seats = defaultSeats(scenario);

  it('is the one the simulation filed, in the last year and in earlier ones', () => {
    const explained = playBotGame(scenario, 5, seats);
    const batch = playBotGame(scenario, 5, seats, { explain: false });
    const years = [scenario.time.startYear + 1, scenario.time.startYear + 6];
    const pairs: [LiveSession, LiveSession][] = [[explained, batch], ...years.map((y) => [branchAtYear(scenario, explained, y)!, branchAtYear(scenario, batch, y)!] as [LiveSession, LiveSession])];
    for (const [filed, derived] of pairs) {
      expect(filedExplanation(derived.state.history.at(-1)!)).toBeUndefined();
      expect(JSON.stringify(lastExplanation(scenario, derived))).toBe(JSON.stringify(lastExplanation(scenario, filed)));
    }
  });

  it('lets a format-1 session file verify, which hashed the explanation with the state', () => {
    const text = readFileSync('test/fixtures/session-v1-small.json', 'utf8');
    const parsed = parseSessionFile(text);
    if (!parsed.ok) throw new Error(parsed.problem.code);
    const matched = sessionForScenario(parsed.file, small());
    if (!matched.ok) throw new Error(matched.problem.code);
    const replayed = replay(matched.scenario, matched.session);
    if (!replayed.ok) throw new Error(replayed.failure.rejection.code);
    // A copy holds no year whose explanation was filed: the hash needs the explanation worked out again.
    const fresh = copied(replayed.live);
    expect(filedExplanation(fresh.state.history.at(-1)!)).toBeUndefined();
    expect(sessionStateHash(matched.scenario, fresh)).toBe(parsed.file.finalHash);
    expect(sessionStateHash(matched.scenario, replayed.live)).toBe(parsed.file.finalHash);
  });
});
