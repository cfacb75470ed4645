/** Scores: objective points for shares and counts, profile for lead and partners, the shared score, and their tension. */
import { describe, expect, it } from 'vitest';
import { needs } from '../../src/rules/funding';
import { newGame } from '../../src/rules/game';
import { roomToRun } from '../../src/rules/running';
import { lowIncomeClasses, neighbourhoodIndicators } from '../../src/sim/indicators';
import { LEAD_CREDIT, PARTNER_CREDIT, objectivePoints, scores, startIndicators } from '../../src/rules/scoring';
import type { GameState } from '../../src/rules/types';
import { gruenau, play, pledge, small, toPhase } from './helpers';

const S = small();
const start = startIndicators(S);

describe('objective points', () => {
  it('count a share by the percentage points it moved', () => {
    const now = { ...start, vacancy: start.vacancy - 0.05, cohesion: start.cohesion + 0.02 };
    expect(objectivePoints({ vacancy: -1 }, start, now)).toBeCloseTo(5);
    expect(objectivePoints({ vacancy: -2, cohesion: 0.5 }, start, now)).toBeCloseTo(11);
  });

  it('count population, households and flats by the percent they moved from the start', () => {
    const now = { ...start, population: start.population * 0.9, flats: start.flats * 1.2, households: start.households * 1.1 };
    expect(objectivePoints({ population: 1 }, start, now)).toBeCloseTo(-10);
    expect(objectivePoints({ flats: 0.3 }, start, now)).toBeCloseTo(6);
    expect(objectivePoints({ households: -1 }, start, now)).toBeCloseTo(-10);
  });

  it('are zero for every role and the neighbourhood before anything happened', () => {
    const s = scores(S, newGame(S, 3));
    expect(s.shared).toBe(0);
    for (const r of Object.values(s.roles)) expect(r).toEqual({ objectives: 0, profile: 0, total: 0 });
  });
});

describe('profile', () => {
  it('gives more credit for leading a passed measure than for paying into one', () => {
    expect(LEAD_CREDIT).toBeGreaterThan(PARTNER_CREDIT);
    const state: GameState = { ...newGame(S, 3), credit: { housingCompany: { led: 2, joined: 1 }, city: { led: 0, joined: 2 } } };
    const s = scores(S, state);
    expect(s.roles.housingCompany!.profile).toBe(2 * LEAD_CREDIT + PARTNER_CREDIT);
    expect(s.roles.city!.profile).toBe(2 * PARTNER_CREDIT);
  });

  it('is weighed against the objectives by how much the role cares about credit', () => {
    const state: GameState = { ...newGame(S, 3), credit: { housingCompany: { led: 1, joined: 0 }, city: { led: 1, joined: 0 } } };
    const s = scores(S, state);
    // The housing company weighs profile at 0.5, the city at the default 0.3.
    expect(s.roles.housingCompany!.total).toBeCloseTo(0.5 * s.roles.housingCompany!.objectives + 0.5 * LEAD_CREDIT);
    expect(s.roles.city!.total).toBeCloseTo(0.7 * s.roles.city!.objectives + 0.3 * LEAD_CREDIT);
  });
});

describe('the shared score', () => {
  const G = gruenau();

  it("counts the scenario's shared objectives on the whole neighbourhood", () => {
    const after = toPhase(G, newGame(G, 5), 'review');
    const now = neighbourhoodIndicators(after.model, lowIncomeClasses(G));
    expect(scores(G, after).shared).toBeCloseTo(objectivePoints(G.sharedObjectives, startIndicators(G), now), 9);
    expect(scores(G, after).shared).not.toBe(0);
  });

  it('can fall while a role that only leads its own measures gains profile', () => {
    // Each year the housing company tables, pays for and dots its own partial renovation, in WK 8 or, while one still
    // runs there, in the next district where it may start; nothing else happens.
    const card = G.measures.find((m) => m.id === 'partialRenovation')!;
    const places = ['wk8', ...G.districts.map((d) => d.id).filter((d) => d !== 'wk8')];
    let s = newGame(G, 5);
    const record: { profile: number; shared: number }[] = [];
    for (let year = 0; year < 4; year++) {
      const open = toPhase(G, s, 'proposals');
      const district = places.find((d) => roomToRun(open.history, open.year, card, d))!;
      const tabled = play(G, open, { type: 'table', role: 'lwb', measure: 'partialRenovation', district, scale: 1 });
      const paid = play(G, toPhase(G, tabled, 'negotiation'), pledge('lwb', tabled.proposals[0]!.id, needs(G, card, tabled.proposals[0]!)));
      const dotted = play(G, toPhase(G, paid, 'decision'), { type: 'dots', role: 'lwb', proposal: tabled.proposals[0]!.id, count: 8 });
      s = toPhase(G, dotted, 'review');
      const now = scores(G, s);
      record.push({ profile: now.roles.lwb!.profile, shared: now.shared });
    }
    expect(record.map((r) => r.profile)).toEqual([1, 2, 3, 4].map((n) => n * LEAD_CREDIT));
    expect(s.credit.lwb).toEqual({ led: 4, joined: 0 });
    // The neighbourhood as a whole ends worse off than it started, and worse each year.
    expect(record[3]!.shared).toBeLessThan(0);
    for (let i = 1; i < record.length; i++) expect(record[i]!.shared).toBeLessThan(record[i - 1]!.shared);
  });
});
