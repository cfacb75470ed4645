/** The end of a year in play: money moves, what was not needed goes back, credit is given, measures reach the model. */
import { describe, expect, it } from 'vitest';
import { neededConsent } from '../../src/rules/decisionRules';
import { filedExplanation } from '../../src/rules/explanations';
import { needs, settleFunding } from '../../src/rules/funding';
import type { GameState } from '../../src/rules/types';
import { multiGoalEffect } from '../../src/rules/yearEnd';
import { gameAt, gruenau, held, implemented, play, pledge, proposal, small, toPhase } from './helpers';

const S = small();
const G = gruenau();
const card = (id: string) => G.measures.find((m) => m.id === id)!;
const moneyOf = (role: string) => G.roles.find((r) => r.id === role)!.resources.money;

/** The small game in negotiation with the city's youth club (p1) and the housing company's renovation (p2) on the table. */
function smallTable(): GameState {
  const s = play(
    S,
    gameAt(S, 'proposals'),
    { type: 'table', role: 'city', measure: 'youthClub', district: 'wk2', scale: 1 },
    { type: 'table', role: 'housingCompany', measure: 'renovate', district: 'wk1', scale: 1 },
  );
  return toPhase(S, s, 'negotiation');
}

describe('implementation', () => {
  it('takes what a funded proposal needs and gives the rest of each pledge back', () => {
    // The youth club needs 150,000 € and 600 staff hours (consultation); the city pledged more.
    const { state, decided } = implemented(S, play(S, smallTable(), pledge('city', 'p1', { money: 200_000, staffTime: 700 })));
    expect(decided.p1!.verdict).toBe('passed');
    expect(state.budgets.city).toEqual({ money: 350_000, staffTime: 1400, volunteerHours: 0 });
    expect(toPhase(S, state, 'review').history[0]!.spent.city).toEqual({ money: 150_000, staffTime: 600, volunteerHours: 0 });
  });

  it('gives pledges to a proposal that is not funded back in full', () => {
    const { state, decided } = implemented(S, play(S, smallTable(), pledge('housingCompany', 'p2', { money: 2_000_000 })));
    expect(decided.p2!.verdict).toBe('unfunded');
    expect(state.budgets.housingCompany!.money).toBe(2_000_000);
  });

  it('gives pledges to a proposal rejected in the vote back in full', () => {
    const opposed = play(S, smallTable(), pledge('city', 'p2', { money: 500_000 }), { type: 'oppose', role: 'housingCompany', proposal: 'p2' });
    const { state, decided } = implemented(S, opposed);
    expect(decided.p2).toMatchObject({ verdict: 'rejected', because: { code: 'vetoed' } });
    expect(state.budgets.city!.money).toBe(500_000);
  });

  it('credits the lead of a passed measure and the partners who paid into it', () => {
    const paid = play(S, smallTable(), pledge('housingCompany', 'p2', { money: 2_000_000 }), pledge('city', 'p2', { money: 500_000 }));
    const { state, decided } = implemented(S, paid);
    expect(decided.p2!.verdict).toBe('passed');
    expect(state.credit).toEqual({ housingCompany: { led: 1, joined: 0 }, city: { led: 0, joined: 1 } });
  });

  it('gives no credit for support alone', () => {
    const consent = toPhase(G, play(G, gameAt(G, 'news'), { type: 'rule', rule: 'consent' }), 'proposals');
    const tabled = play(G, consent, { type: 'table', role: 'youth', measure: 'youthClub', district: 'wk7', scale: 1 }, { type: 'support', role: 'city', proposal: 'p1' });
    const paid = play(G, toPhase(G, tabled, 'negotiation'), pledge('youth', 'p1', { money: 200_000, staffTime: 400 }), pledge('lwb', 'p1', { money: 50_000 }));
    const { state, decided } = implemented(G, paid);
    expect(decided.p1!.verdict).toBe('passed');
    expect(state.credit.youth).toEqual({ led: 1, joined: 0 });
    expect(state.credit.lwb).toEqual({ led: 0, joined: 1 });
    expect(state.credit.city).toEqual({ led: 0, joined: 0 });
  });

  it('gives no credit and no multi-goal bonus for a pledge of something the card does not need', () => {
    // Street work needs no volunteer hours: the residents' hours are not used, so they paid nothing into it.
    const consent = toPhase(G, play(G, gameAt(G, 'news'), { type: 'rule', rule: 'consent' }), 'proposals');
    const tabled = play(G, consent, { type: 'table', role: 'youth', measure: 'streetwork', district: 'wk8', scale: 1 });
    const paid = play(G, toPhase(G, tabled, 'negotiation'), pledge('youth', 'p1', { money: 150_000, staffTime: 600 }), pledge('residents', 'p1', { volunteerHours: 100 }));
    const { state, decided } = implemented(G, paid);
    expect(decided.p1).toMatchObject({ verdict: 'passed', effect: 1 });
    expect(state.credit.residents).toEqual({ led: 0, joined: 0 });
    expect(state.budgets.residents!.volunteerHours).toBe(3000);
  });

  it('starts a passed measure in the model with its size and participation', () => {
    const s = play(S, smallTable(), { type: 'amend', role: 'city', proposal: 'p1', participation: 'codecide' }, pledge('city', 'p1', { money: 150_000, staffTime: 700 }));
    const after = toPhase(S, s, 'review');
    const club = after.model.interventions.filter((iv) => iv.kind === 'measure');
    expect(club).toEqual([expect.objectContaining({ id: 'youthClub', districts: ['wk2'], scale: 1, participation: 'codecide', effect: 1 })]);
  });
});

describe('the multi-goal bonus', () => {
  const bonus = G.parameters.multiGoalBonus;
  const effectOf = (measure: string, district: string, payers: Record<string, number>) => {
    const p = proposal({ id: 'p1', measure, district, pledges: Object.entries(payers).map(([role, money]) => held(role, { money, staffTime: 1000 })) });
    const [funding] = settleFunding(G, [p], 0, 1997);
    expect(funding!.funded).toBe(true);
    return multiGoalEffect(G, p, funding!);
  };

  it('strengthens a card serving several fields when partners beyond the lead pay into it', () => {
    // Training on the renovation site serves work, housing and youth.
    expect(effectOf('trainingRenovation', 'wk8', { jobs: 1_000_000, lwb: 1_600_000 })).toBeCloseTo(1 + 2 * bonus);
    // Street work serves youth and the neighbourhood.
    expect(effectOf('streetwork', 'wk8', { youth: 100_000, city: 50_000 })).toBeCloseTo(1 + bonus);
  });

  it('gives nothing when the lead pays alone, nor to a card with one field', () => {
    expect(effectOf('streetwork', 'wk8', { youth: 150_000 })).toBe(1);
    expect(effectOf('youthClub', 'wk7', { youth: 150_000, lwb: 100_000 })).toBe(1);
  });

  it('reaches the model as a stronger measure', () => {
    const tabled = play(G, gameAt(G, 'proposals'), { type: 'table', role: 'jobs', measure: 'trainingRenovation', district: 'wk8', scale: 1 });
    // Employment services pay what they can, up to half; the housing company, a partner beyond the lead, pays the rest.
    const need = needs(G, card('trainingRenovation'), tabled.proposals[0]!);
    const jobsMoney = Math.min(moneyOf('jobs'), need.money / 2);
    const paid = play(
      G,
      toPhase(G, tabled, 'negotiation'),
      pledge('jobs', 'p1', { money: jobsMoney, staffTime: need.staffTime }),
      pledge('lwb', 'p1', { money: need.money - jobsMoney }),
    );
    const voted = play(G, toPhase(G, paid, 'decision'), { type: 'dots', role: 'jobs', proposal: 'p1', count: 1 });
    const after = toPhase(G, voted, 'review');
    expect(after.proposals[0]).toMatchObject({ verdict: 'passed', effect: expect.closeTo(1 + 2 * bonus) as number });
    expect(after.model.interventions.find((iv) => iv.id === 'trainingRenovation')!.effect).toBeCloseTo(1 + 2 * bonus);
  });
});

describe("the residents' opposition", () => {
  // Under consent the housing company and the card's required partners decide its demolition in WK 7; the residents
  // can only object.
  function demolitionIn1997(opponent?: string): GameState {
    const demolition = card('demolition');
    const consent = toPhase(G, play(G, gameAt(G, 'news'), { type: 'rule', rule: 'consent' }), 'proposals');
    const tabled = play(G, consent, { type: 'table', role: 'lwb', measure: 'demolition', district: 'wk7', scale: 1 });
    const needed = neededConsent(demolition).filter((r) => r !== demolition.lead);
    expect(needed).not.toContain('residents');
    const backed = play(G, tabled, ...needed.map((role) => ({ type: 'support' as const, role, proposal: 'p1' })));
    const objected = opponent ? play(G, backed, { type: 'oppose', role: opponent, proposal: 'p1' }) : backed;
    const paid = play(G, toPhase(G, objected, 'negotiation'), pledge('lwb', 'p1', needs(G, demolition, tabled.proposals[0]!)));
    const after = toPhase(G, paid, 'review');
    expect(after.proposals[0]!.verdict).toBe('passed');
    return after;
  }
  const trust = (s: GameState, d: string) => s.model.districts[d]!.states.trust;

  it('costs trust where a measure passed against it is placed', () => {
    const loss = G.parameters.oppositionTrustLoss;
    const against = demolitionIn1997('residents');
    const agreed = demolitionIn1997();
    // The loss is booked under the measure; the year's drift then recovers a little of it.
    expect(trust(agreed, 'wk7') - trust(against, 'wk7')).toBeGreaterThan(loss / 2);
    expect(trust(agreed, 'wk7') - trust(against, 'wk7')).toBeLessThanOrEqual(loss);
    expect(filedExplanation(against.history.at(-1)!)!.districts.wk7!.trust!['measure:demolition']).toBeCloseTo(-loss, 6);
    expect(trust(against, 'wk8')).toBeCloseTo(trust(agreed, 'wk8'), 6);
  });

  it('costs no trust when only other roles opposed', () => {
    expect(trust(demolitionIn1997('cooperatives'), 'wk7')).toBe(trust(demolitionIn1997(), 'wk7'));
  });
});
