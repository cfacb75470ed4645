/** The decision rules as plain functions: consent with vetoes, the qualified majority, dot voting; the lead's veto under all. */
import { describe, expect, it } from 'vitest';
import { backers, dotsFor, neededConsent, vote } from '../../src/rules/decisionRules';
import { newGame } from '../../src/rules/game';
import type { DecisionRule, GameState, Proposal, Rejection } from '../../src/rules/types';
import type { Scenario } from '../../src/scenario/schema';
import { gruenau, held, proposal, variant } from './helpers';

const G = gruenau();
const table = (proposals: Proposal[], dots: GameState['dots'] = {}): GameState => ({ ...newGame(G, 1), proposals, dots });

/** The verdict of the vote on each proposal: undefined when it passes the vote. */
function outcome(rule: DecisionRule, proposals: Proposal[], dots: GameState['dots'] = {}, scenario: Scenario = G): Record<string, Rejection | undefined> {
  return Object.fromEntries(vote(scenario, table(proposals, dots), rule).map((b) => [b.proposal.id, b.failed]));
}

// School as community hub: led by youth services, the city is a required partner, residents may join.
const schoolHub = (p: Partial<Proposal> = {}) => proposal({ id: 'p1', measure: 'schoolHub', district: 'wk4', tabledBy: 'youth', support: ['youth'], ...p });

describe('consent', () => {
  it('needs the lead and every required partner of the card', () => {
    expect(neededConsent(G.measures.find((m) => m.id === 'schoolHub')!)).toEqual(['youth', 'city']);
  });

  it('passes a card when its lead and its required partners back it', () => {
    expect(outcome('consent', [schoolHub({ support: ['youth', 'city'] })]).p1).toBeUndefined();
  });

  it('counts a pledge as backing, as much as a word of support', () => {
    expect(outcome('consent', [schoolHub({ pledges: [held('city', { staffTime: 100 })] })]).p1).toBeUndefined();
  });

  it('fails a card when a required partner stays silent', () => {
    expect(outcome('consent', [schoolHub()]).p1).toEqual({ code: 'consentMissing', params: { roles: 'city' } });
  });

  it('fails a card tabled by another role when its lead does not back it', () => {
    expect(outcome('consent', [schoolHub({ tabledBy: 'residents', support: ['residents', 'city'] })]).p1).toEqual({
      code: 'consentMissing',
      params: { roles: 'youth' },
    });
  });

  it("takes a required partner's opposition as a veto", () => {
    expect(outcome('consent', [schoolHub({ oppose: ['city'] })]).p1).toEqual({ code: 'vetoed', params: { roles: 'city' } });
  });

  it('names every veto, and a veto before missing consent', () => {
    const concierge = proposal({ id: 'p1', measure: 'concierge', district: 'wk8', tabledBy: 'residents', support: ['residents'], oppose: ['lwb', 'jobs'] });
    expect(outcome('consent', [concierge]).p1).toEqual({ code: 'vetoed', params: { roles: 'lwb, jobs' } });
  });

  it('ignores the opposition of roles the card does not need', () => {
    expect(outcome('consent', [schoolHub({ support: ['youth', 'city'], oppose: ['lwb', 'cooperatives', 'jobs', 'residents'] })]).p1).toBeUndefined();
  });
});

describe('qualified majority', () => {
  // Grünau: six roles, 60 % needed, so four must back a proposal.
  const youthClub = (support: string[], extra: Partial<Proposal> = {}) =>
    proposal({ id: 'p1', measure: 'youthClub', district: 'wk7', tabledBy: 'youth', support, ...extra });

  it("uses the scenario's threshold: four of six roles pass a proposal, three do not", () => {
    expect(G.roles).toHaveLength(6);
    expect(G.decision.majority).toBe(0.6);
    expect(outcome('majority', [youthClub(['youth', 'city', 'lwb', 'residents'])]).p1).toBeUndefined();
    expect(outcome('majority', [youthClub(['youth', 'city', 'lwb'])]).p1).toEqual({ code: 'majorityMissing', params: { share: 50, needed: 60 } });
  });

  it('passes with three of six when the scenario asks only for half', () => {
    const half = variant(G, (s) => ({ decision: { ...s.decision, majority: 0.5 } }));
    expect(outcome('majority', [youthClub(['youth', 'city', 'lwb'])], {}, half).p1).toBeUndefined();
  });

  it('counts pledges as backing', () => {
    const p = youthClub(['youth', 'city'], { pledges: [held('lwb', { money: 1000 }), held('residents', { volunteerHours: 10 })] });
    expect([...backers(p)].sort()).toEqual(['city', 'lwb', 'residents', 'youth']);
    expect(outcome('majority', [p]).p1).toBeUndefined();
  });

  it("lets the card's lead veto even a large majority", () => {
    const p = proposal({ id: 'p1', measure: 'youthClub', district: 'wk7', tabledBy: 'city', support: ['city', 'lwb', 'cooperatives', 'jobs', 'residents'], oppose: ['youth'] });
    expect(outcome('majority', [p]).p1).toEqual({ code: 'vetoed', params: { roles: 'youth' } });
  });
});

describe('dot voting', () => {
  const p1 = proposal({ id: 'p1', measure: 'youthClub', district: 'wk7', tabledBy: 'youth' });
  const p2 = proposal({ id: 'p2', measure: 'streetwork', district: 'wk8', tabledBy: 'youth' });
  const p3 = proposal({ id: 'p3', measure: 'courtyards', district: 'wk8', tabledBy: 'city' });

  it('adds up the dots of all roles', () => {
    expect(dotsFor({ dots: { youth: { p1: 3, p2: 1 }, city: { p1: 2 } } }, 'p1')).toBe(5);
  });

  it('settles funding in the order of the dots, ties in the order tabled', () => {
    const dots = { youth: { p1: 2, p2: 3 }, city: { p3: 2 } };
    expect(vote(G, table([p1, p2, p3], dots), 'dots').map((b) => b.proposal.id)).toEqual(['p2', 'p1', 'p3']);
  });

  it('passes every proposal with a dot and fails the ones nobody dotted', () => {
    expect(outcome('dots', [p1, p2, p3], { lwb: { p3: 1 } })).toEqual({ p1: { code: 'noDots' }, p2: { code: 'noDots' }, p3: undefined });
  });

  it("lets the card's lead veto a proposal however many dots it has", () => {
    const opposed = { ...p3, oppose: ['city'] };
    expect(outcome('dots', [opposed], { lwb: { p3: 8 }, youth: { p3: 8 } }).p3).toEqual({ code: 'vetoed', params: { roles: 'city' } });
  });
});

describe('every rule', () => {
  it('votes only on open proposals', () => {
    const decided = proposal({ id: 'p2', measure: 'youthClub', district: 'wk8', verdict: 'passed' });
    for (const rule of ['consent', 'majority', 'dots'] as const) {
      expect(vote(G, table([schoolHub(), decided]), rule).map((b) => b.proposal.id)).toEqual(['p1']);
    }
  });
});
