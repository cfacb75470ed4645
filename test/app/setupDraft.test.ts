/** The setup screen's draft: seats, seed, rule and timer as the facilitator fills them in, and the config Start hands to the game. */
import { describe, expect, it } from 'vitest';
import { configFrom, draftFor, draftFromJson, freshDraft, parseSeed, parseTimerMinutes, randomSeed, withController, withStance } from '../../src/panels/setupDraft';
import { gruenau } from '../helpers/scenarios';
import { small } from '../rules/helpers';

describe('the setup draft', () => {
  const scenario = gruenau();

  it('starts with every role played by people, the scenario stances preset for the computer, and its own rule', () => {
    const draft = freshDraft(scenario, 7);
    expect(Object.keys(draft.seats)).toEqual(scenario.roles.map((r) => r.id));
    expect(Object.values(draft.seats).every((s) => s.controller === 'human')).toBe(true);
    expect(draft.seats.residents!.stance).toBe('sceptical');
    expect(draft.rule).toBe(scenario.decision.rule);
    expect(draft.seed).toBe('7');
  });

  it('builds the seats of two people and four computer roles, with a chosen stance', () => {
    let draft = freshDraft(scenario, 4242);
    for (const role of ['lwb', 'cooperatives', 'jobs', 'residents']) draft = withController(draft, role, 'bot');
    draft = withStance(draft, 'residents', 'cooperative');
    const result = configFrom({ ...draft, timerMinutes: '5' }, scenario);
    expect(result).toEqual({
      ok: true,
      config: {
        seed: 4242,
        rule: 'dots',
        timerMinutes: 5,
        time: { turns: 7, turnLength: 2 },
        seats: {
          city: { controller: 'human', stance: 'pragmatic' },
          lwb: { controller: 'bot', stance: 'pragmatic' },
          cooperatives: { controller: 'bot', stance: 'pragmatic' },
          youth: { controller: 'human', stance: 'sectoral' },
          jobs: { controller: 'bot', stance: 'pragmatic' },
          residents: { controller: 'bot', stance: 'cooperative' },
        },
      },
    });
  });

  it('starts at the scenario’s workshop length, takes any length it offers, and gives an older draft the workshop length', () => {
    const draft = freshDraft(scenario, 1);
    expect(draft.length).toBe('7x2');
    const full = configFrom({ ...draft, length: '14x1' }, scenario);
    expect(full.ok && full.config.time).toEqual({ turns: 14, turnLength: 1 });
    const unknown = configFrom({ ...draft, length: '9x9' }, scenario);
    expect(unknown.ok && unknown.config.time).toEqual({ turns: 7, turnLength: 2 });
    const { length: _l, ...older } = draft;
    expect(draftFor(scenario, draftFromJson(JSON.stringify(older)), () => 1).length).toBe('7x2');
  });

  it('names the fields to correct instead of starting with a bad seed or timer', () => {
    const draft = freshDraft(scenario, 1);
    expect(configFrom({ ...draft, seed: '-3' }, scenario)).toEqual({ ok: false, invalid: ['seed'] });
    expect(configFrom({ ...draft, seed: '1.5', timerMinutes: '' }, scenario)).toEqual({ ok: false, invalid: ['seed', 'timerMinutes'] });
    expect(parseSeed(' 0 ')).toBe(0);
    expect(parseSeed('1000000')).toBeUndefined();
    expect(parseSeed('1e3')).toBeUndefined();
    expect(parseTimerMinutes('121')).toBeUndefined();
    expect(parseTimerMinutes('0')).toBe(0);
  });

  it('keeps what was set while the scenario stays, and carries seed and timer over to another scenario', () => {
    const draft = { ...withController(freshDraft(scenario, 12), 'city', 'bot'), timerMinutes: '8' };
    expect(draftFor(scenario, draft, () => 99)).toBe(draft);
    const other = draftFor(small(), draft, () => 99);
    expect(other.scenarioId).toBe(small().meta.id);
    expect(other.seed).toBe('12');
    expect(other.timerMinutes).toBe('8');
    expect(Object.keys(other.seats)).toEqual(small().roles.map((r) => r.id));
    expect(draftFor(scenario, undefined, () => 99).seed).toBe('99');
  });

  it('comes back from storage as it was written, and not at all when the stored text is damaged', () => {
    const draft = withController(freshDraft(scenario, 5), 'jobs', 'bot');
    expect(draftFromJson(JSON.stringify(draft))).toEqual(draft);
    expect(draftFromJson(null)).toBeUndefined();
    expect(draftFromJson('{"seats":')).toBeUndefined();
    expect(draftFromJson(JSON.stringify({ ...draft, seats: { city: { controller: 'robot', stance: 'pragmatic' } } }))).toBeUndefined();
    expect(draftFromJson(JSON.stringify({ ...draft, seed: 5 }))).toBeUndefined();
  });

  it('draws new seeds from 1 to 999999', () => {
    expect(randomSeed(() => 0)).toBe(1);
    expect(randomSeed(() => 0.999_999_9)).toBe(999_999);
  });
});
