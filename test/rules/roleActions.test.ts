/** What roles do at the table when the rules accept it: table, pledge, withdraw, support, oppose, amend, dots. */
import { describe, expect, it } from 'vitest';
import type { GameState } from '../../src/rules/types';
import { gameAt, gruenau, play, pledge, refusal, small, toPhase } from './helpers';

const S = small();
const G = gruenau();

describe('tabling a card', () => {
  it('puts a proposal on the table backed by the role that tabled it, with the card’s defaults', () => {
    const s = play(G, gameAt(G, 'proposals'), { type: 'table', role: 'youth', measure: 'schoolHub', district: 'wk4', scale: 1 });
    expect(s.proposals).toEqual([
      {
        id: 'p1',
        year: 1997,
        tabledBy: 'youth',
        measure: 'schoolHub',
        district: 'wk4',
        scale: 1,
        participation: 'consult',
        financing: { youth: 1 },
        partners: ['city'],
        pledges: [],
        support: ['youth'],
        oppose: [],
        verdict: 'open',
      },
    ]);
  });

  it('places a card for the whole neighbourhood nowhere in particular', () => {
    const s = play(G, gameAt(G, 'proposals'), { type: 'table', role: 'city', measure: 'neighbourhoodManagement', district: 'wk4', scale: 1 });
    expect(s.proposals[0]!.district).toBeUndefined();
  });

  it('lets the same card be tabled in another district', () => {
    const s = play(
      S,
      gameAt(S, 'proposals'),
      { type: 'table', role: 'housingCompany', measure: 'renovate', district: 'wk1', scale: 1 },
      { type: 'table', role: 'housingCompany', measure: 'renovate', district: 'wk2', scale: 2 },
    );
    expect(s.proposals.map((p) => [p.id, p.district, p.scale])).toEqual([
      ['p1', 'wk1', 1],
      ['p2', 'wk2', 2],
    ]);
  });
});

/** The small game in negotiation with the housing company's renovation on the table. */
const negotiating = (): GameState =>
  toPhase(S, play(S, gameAt(S, 'proposals'), { type: 'table', role: 'housingCompany', measure: 'renovate', district: 'wk1', scale: 1 }), 'negotiation');

describe('pledging', () => {
  it("reserves the amount from the role's budget for the year", () => {
    const s = play(S, negotiating(), pledge('city', 'p1', { money: 200_000, staffTime: 50 }));
    expect(s.budgets.city).toEqual({ money: 300_000, staffTime: 1950, volunteerHours: 0 });
    expect(s.proposals[0]!.pledges).toEqual([{ role: 'city', money: 200_000, staffTime: 50, volunteerHours: 0 }]);
  });

  it('takes back an earlier opposition', () => {
    const s = play(S, negotiating(), { type: 'oppose', role: 'city', proposal: 'p1' }, pledge('city', 'p1', { money: 1000 }));
    expect(s.proposals[0]!.oppose).toEqual([]);
  });

  it('can be withdrawn, and every pledge of the role comes back', () => {
    const s = play(S, negotiating(), pledge('city', 'p1', { money: 200_000 }), pledge('city', 'p1', { money: 100_000, staffTime: 10 }), { type: 'withdraw', role: 'city', proposal: 'p1' });
    expect(s.budgets.city).toEqual({ money: 500_000, staffTime: 2000, volunteerHours: 0 });
    expect(s.proposals[0]!.pledges).toEqual([]);
  });

  it('cannot spend the same money twice on two proposals', () => {
    const two = play(S, toPhase(S, play(S, gameAt(S, 'proposals'), { type: 'table', role: 'housingCompany', measure: 'renovate', district: 'wk1', scale: 1 }, { type: 'table', role: 'city', measure: 'youthClub', district: 'wk2', scale: 1 }), 'negotiation'), pledge('city', 'p1', { money: 400_000 }));
    expect(refusal(S, two, pledge('city', 'p2', { money: 150_000 }))).toEqual({ code: 'notEnoughMoney', params: { role: 'city', wanted: 150_000, left: 100_000 } });
  });
});

describe('support and opposition', () => {
  it('are exclusive: saying one takes back the other', () => {
    const opposed = play(S, negotiating(), { type: 'oppose', role: 'city', proposal: 'p1' });
    expect(opposed.proposals[0]).toMatchObject({ support: ['housingCompany'], oppose: ['city'] });
    const supported = play(S, opposed, { type: 'support', role: 'city', proposal: 'p1' });
    expect(supported.proposals[0]).toMatchObject({ support: ['housingCompany', 'city'], oppose: [] });
  });
});

describe('amending', () => {
  it('changes the size, participation and financing of the own proposal', () => {
    const s = play(S, negotiating(), { type: 'amend', role: 'housingCompany', proposal: 'p1', scale: 3, participation: 'codecide', financing: { housingCompany: 0.8, city: 0.2 } });
    expect(s.proposals[0]).toMatchObject({ scale: 3, participation: 'codecide', financing: { housingCompany: 0.8, city: 0.2 } });
  });

  it('keeps the size within the card’s range', () => {
    expect(refusal(S, negotiating(), { type: 'amend', role: 'housingCompany', proposal: 'p1', scale: 9 }).code).toBe('scaleOutOfRange');
  });
});

describe('dots', () => {
  it("spread over proposals up to the scenario's number per role", () => {
    const tabled = play(
      G,
      gameAt(G, 'proposals'),
      { type: 'table', role: 'youth', measure: 'youthClub', district: 'wk7', scale: 1 },
      { type: 'table', role: 'youth', measure: 'streetwork', district: 'wk8', scale: 1 },
    );
    const s = play(G, toPhase(G, tabled, 'decision'), { type: 'dots', role: 'city', proposal: 'p1', count: 3 }, { type: 'dots', role: 'city', proposal: 'p2', count: 4 }, { type: 'dots', role: 'city', proposal: 'p1', count: 1 });
    expect(s.dots).toEqual({ city: { p1: 4, p2: 4 } });
    expect(refusal(G, s, { type: 'dots', role: 'city', proposal: 'p2', count: 1 })).toEqual({ code: 'notEnoughDots', params: { role: 'city', wanted: 1, left: 0 } });
  });
});
