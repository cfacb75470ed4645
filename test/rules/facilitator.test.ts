/** What the facilitator does: move on, pause, call the decision, inject events, pick the rule, switch seats; and the turn of the year. */
import { describe, expect, it } from 'vitest';
import { filedExplanation } from '../../src/rules/explanations';
import { newGame } from '../../src/rules/game';
import type { GameState } from '../../src/rules/types';
import { gameAt, play, pledge, refusal, small, toPhase } from './helpers';

const S = small();

describe('the facilitator', () => {
  it('stops every role while the game is paused, and lets them act again after resuming', () => {
    const paused = play(S, gameAt(S, 'proposals'), { type: 'pause' });
    const table = { type: 'table', role: 'city', measure: 'youthClub', district: 'wk2', scale: 1 } as const;
    expect(refusal(S, paused, table).code).toBe('paused');
    expect(refusal(S, paused, { type: 'injectEvent', event: 'fire' }).code).toBe('paused');
    expect(play(S, paused, { type: 'resume' }, table).proposals).toHaveLength(1);
  });

  it('can call the decision only from the negotiation', () => {
    expect(refusal(S, gameAt(S, 'proposals'), { type: 'callDecision' })).toEqual({ code: 'wrongPhase', params: { action: 'callDecision', phase: 'proposals' } });
    expect(play(S, gameAt(S, 'negotiation'), { type: 'callDecision' }).phase).toBe('decision');
  });

  it("makes an injected event happen in this year's simulation", () => {
    const injected = play(S, gameAt(S, 'negotiation'), { type: 'injectEvent', event: 'fire' });
    expect(injected.events).toContain('fire');
    const after = toPhase(S, injected, 'review');
    expect(after.history[0]!.events).toContain('fire');
    expect(after.model.firedEvents).toContain('fire');
    expect(filedExplanation(after.history[0]!)!.districts.wk2!.image!['event:fire']).toBeLessThan(0);
  });

  it('cannot inject an event once the decision is taken', () => {
    expect(refusal(S, gameAt(S, 'decision'), { type: 'injectEvent', event: 'fire' }).code).toBe('wrongPhase');
  });

  it('switches the decision rule among those the scenario offers, before the decision', () => {
    expect(play(S, gameAt(S, 'negotiation'), { type: 'rule', rule: 'majority' }).rule).toBe('majority');
    expect(refusal(S, gameAt(S, 'decision'), { type: 'rule', rule: 'majority' }).code).toBe('wrongPhase');
  });

  it('hands a seat to a person or the computer with a stance', () => {
    const s = play(S, newGame(S, 1), { type: 'seat', role: 'city', controller: 'human' }, { type: 'seat', role: 'housingCompany', controller: 'bot', stance: 'cooperative' });
    expect(s.seats).toEqual({ city: { controller: 'human', stance: 'pragmatic' }, housingCompany: { controller: 'bot', stance: 'cooperative' } });
  });
});

describe('the turn of the year', () => {
  function afterOneYear(): { before: GameState; after: GameState } {
    const tabled = play(S, gameAt(S, 'proposals'), { type: 'table', role: 'city', measure: 'youthClub', district: 'wk2', scale: 1 });
    const before = play(S, toPhase(S, tabled, 'negotiation'), pledge('city', 'p1', { money: 150_000, staffTime: 600 }), { type: 'rule', rule: 'majority' });
    return { before, after: toPhase(S, before, 'news') };
  }

  it('renews every budget, clears the table and draws the news, but keeps the rule, the proposal count and last year’s review', () => {
    const { after } = afterOneYear();
    expect(after.year).toBe(2001);
    expect(after.budgets).toEqual({ city: { money: 500_000, staffTime: 2000, volunteerHours: 0 }, housingCompany: { money: 2_000_000, staffTime: 0, volunteerHours: 0 } });
    expect(after.proposals).toEqual([]);
    expect(after.dots).toEqual({});
    expect(filedExplanation(after.history.at(-1)!)?.neighbourhood.population).toBeDefined();
    expect(after.rule).toBe('majority');
    expect(after.proposalCount).toBe(1);
    expect(after.history.map((h) => h.year)).toEqual([2000]);
  });

  it('numbers proposals on across the years', () => {
    const { after } = afterOneYear();
    const next = play(S, toPhase(S, after, 'proposals'), { type: 'table', role: 'city', measure: 'youthClub', district: 'wk2', scale: 1 });
    expect(next.proposals.map((p) => p.id)).toEqual(['p2']);
  });

  it('draws scheduled events in their year', () => {
    let s = newGame(S, 1);
    while (s.year < 2003) s = toPhase(S, play(S, s, { type: 'next' }), 'news');
    expect(s.events).toContain('plantClosure');
  });

  it('ends in the debrief after the last year', () => {
    const end = S.time.startYear + S.time.turns - 1;
    let s = newGame(S, 1);
    while (s.phase !== 'debrief') s = play(S, s, { type: 'next' });
    expect(s.year).toBe(end);
    expect(s.history.map((h) => h.year)).toEqual(Array.from({ length: S.time.turns }, (_, i) => S.time.startYear + i));
  });
});
