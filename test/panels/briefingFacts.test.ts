import { describe, expect, it } from 'vitest';
import { briefingFacts, EFFECT_INDICATORS, eventMeanings } from '../../src/panels/phase/briefingFacts';
import { objectivesOf, runningScore } from '../../src/panels/phase/standingScore';
import { newGame } from '../../src/rules/game';
import { scores } from '../../src/rules/scoring';
import { EFFECT_TARGETS } from '../../src/scenario/schema';
import { gruenau, pledge, play, toPhase } from '../rules/helpers';

const scenario = gruenau();
const youth = scenario.roles.find((r) => r.id === 'youth')!;
const youthClub = { type: 'table', role: 'city', measure: 'youthClub', district: 'wk7', scale: 1, financing: { city: 0.5, youth: 0.5 } } as const;

describe('what only a role knows in its briefing', () => {
  it('in the first year: its whole budget is free and nobody has asked anything yet', () => {
    const f = briefingFacts(scenario, toPhase(scenario, newGame(scenario, 1), 'briefings'), 'youth');
    expect(f.budget.year).toEqual(youth.resources);
    expect(f.budget.left).toEqual(youth.resources);
    expect(f.budget.pledged).toEqual({ money: 0, staffTime: 0, volunteerHours: 0 });
    expect(f.budget.lastYear).toBeUndefined();
    expect(f.asked).toEqual([]);
    expect(f.askedLastYear).toBeUndefined();
  });

  it('lists the cards that ask it for money, with the sum its plan asks, and its own pledge', () => {
    const tabled = play(scenario, toPhase(scenario, newGame(scenario, 1), 'proposals'), youthClub);
    const [ask] = briefingFacts(scenario, tabled, 'youth').asked;
    expect(ask).toMatchObject({ proposal: 'p1', by: 'city', measure: 'youthClub', partner: false });
    // Half of what the card needs locally: its cost, less any programme money it can expect.
    expect(ask!.ask.money).toBeGreaterThan(0);
    expect(ask!.ask.money).toBeLessThanOrEqual(125_000 + 1e-6);
    expect(briefingFacts(scenario, tabled, 'city').asked).toEqual([]);
    const pledged = play(scenario, toPhase(scenario, tabled, 'negotiation'), pledge('youth', 'p1', { money: 20_000 }));
    const f = briefingFacts(scenario, pledged, 'youth');
    expect(f.asked[0]!.pledged.money).toBe(20_000);
    expect(f.budget.pledged.money).toBe(20_000);
    expect(f.budget.left.money).toBe(youth.resources.money - 20_000);
  });

  it('in the next year: what it spent last year, and what last year’s cards asked of it', () => {
    const tabled = play(scenario, toPhase(scenario, newGame(scenario, 1), 'proposals'), youthClub);
    const paid = play(scenario, toPhase(scenario, tabled, 'negotiation'), pledge('youth', 'p1', { money: 125_000 }), pledge('city', 'p1', { money: 125_000 }), { type: 'support', role: 'youth', proposal: 'p1' });
    const next = toPhase(scenario, toPhase(scenario, paid, 'news'), 'briefings');
    const f = briefingFacts(scenario, next, 'youth');
    const last = next.history.at(-1)!;
    expect(f.budget.lastYear).toEqual({ year: scenario.time.startYear, spent: last.spent.youth });
    expect(f.askedLastYear).toMatchObject({ year: scenario.time.startYear, cards: 1 });
    const card = last.proposals.find((p) => p.id === 'p1')!;
    expect(f.askedLastYear!.passed).toBe(card.verdict === 'passed' ? 1 : 0);
    expect(f.askedLastYear!.paid.money).toBe(card.paid?.youth?.money ?? 0);
  });

  it('says which way an event pushes the role’s objectives, and whether that helps it', () => {
    const news = play(scenario, newGame(scenario, 1), { type: 'injectEvent', event: 'arson' });
    const { meanings } = eventMeanings(scenario, news, 'youth');
    const arson = meanings.find((m) => m.event === 'arson')!;
    // Youth services want vandalism low: more vandalism is against them.
    expect(arson.hits).toContainEqual({ indicator: 'vandalism', up: true, good: false });
    for (const hit of meanings.flatMap((m) => m.hits)) expect(youth.objectives[hit.indicator]).toBeDefined();
  });

  it('knows an indicator for every effect target', () => {
    for (const target of EFFECT_TARGETS) expect(EFFECT_INDICATORS[target].length).toBeGreaterThan(0);
  });
});

describe('the running score', () => {
  it('is the score the debrief counts, and objectives come weightiest first', () => {
    const state = toPhase(scenario, toPhase(scenario, newGame(scenario, 1), 'news'), 'proposals');
    const all = scores(scenario, state);
    for (const r of scenario.roles) {
      const s = runningScore(scenario, state, r.id);
      expect(s.total).toBeCloseTo(all.roles[r.id]!.total, 9);
      expect(s.shared).toBeCloseTo(all.shared, 9);
    }
    const weights = objectivesOf(youth).map((o) => o.weight);
    expect(weights).toEqual([...weights].sort((a, b) => b - a));
    expect(objectivesOf(youth)[0]).toEqual({ id: 'services', up: true, weight: 2 });
  });
});
