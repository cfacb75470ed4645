/** The integrated action concept: staff work and cards cover components, a vision needs two roles, coverage expires. */
import { describe, expect, it } from 'vitest';
import { closeConceptYear, conceptCoverage, validComponents, workCovers } from '../../src/rules/concept';
import type { ConceptState, GameState } from '../../src/rules/types';
import type { ConceptComponent } from '../../src/scenario/schema';
import { gameAt, implemented, play, pledge, small, toPhase, withMeasure } from './helpers';

const S = small();
const EFFORT = S.parameters.conceptEffort;
const VALIDITY = S.parameters.conceptValidity;
const concept = (effort: ConceptState['effort'], covered: ConceptState['covered'] = {}): ConceptState => ({ effort, covered });

describe('staff work on a component', () => {
  it("covers it once the scenario's hours are put in, by one role or together", () => {
    expect(workCovers(S, concept({ problems: { city: EFFORT } }), 'problems')).toBe(true);
    expect(workCovers(S, concept({ problems: { city: EFFORT - 1 } }), 'problems')).toBe(false);
    expect(workCovers(S, concept({ problems: { city: EFFORT / 2, housingCompany: EFFORT / 2 } }), 'problems')).toBe(true);
  });

  it('covers the vision only when at least two roles worked on it', () => {
    expect(workCovers(S, concept({ vision: { city: 3 * EFFORT } }), 'vision')).toBe(false);
    expect(workCovers(S, concept({ vision: { city: EFFORT / 2, housingCompany: EFFORT / 2 } }), 'vision')).toBe(true);
  });
});

describe('coverage over the years', () => {
  it('counts a component for the validity period after it was covered, then it must be updated', () => {
    const coveredIn2000 = concept({}, { problems: 2000 });
    expect(validComponents(S, coveredIn2000, 2000)).toEqual(['problems']);
    expect(validComponents(S, coveredIn2000, 2000 + VALIDITY - 1)).toEqual(['problems']);
    expect(validComponents(S, coveredIn2000, 2000 + VALIDITY)).toEqual([]);
  });

  it("dates this year's work and the passed cards' components to the year and starts the effort afresh", () => {
    const closed = closeConceptYear(S, concept({ problems: { city: EFFORT }, vision: { city: EFFORT } }, { cityFunction: 1998 }), 2000, ['steering']);
    expect(closed).toEqual({ effort: {}, covered: { cityFunction: 1998, problems: 2000, steering: 2000 } });
  });

  it('is the share of the nine components that count', () => {
    expect(conceptCoverage(S, { year: 2000, concept: concept({ problems: { city: EFFORT } }, { steering: 1999, evaluation: 1990 }) })).toBeCloseTo(2 / 9);
  });
});

const FIVE: ConceptComponent[] = ['cityFunction', 'problems', 'existingPlans', 'projects', 'financing'];
const workOnFive = (s: GameState) => play(S, s, ...FIVE.map((component) => ({ type: 'concept' as const, role: 'city', component, staffTime: EFFORT })));
const proposalsNextYear = (s: GameState) => toPhase(S, toPhase(S, s, 'news'), 'proposals');

describe('the concept in play', () => {
  it("takes the work from the role's staff time", () => {
    const s = play(S, gameAt(S, 'proposals'), { type: 'concept', role: 'city', component: 'problems', staffTime: EFFORT });
    expect(s.budgets.city!.staffTime).toBe(2000 - EFFORT);
    expect(s.concept.effort.problems).toEqual({ city: EFFORT });
  });

  it('opens programme money once the concept covers enough components', () => {
    // Socially Integrative City needs half the concept: five of nine components. It pays up to its 1 M € budget.
    const renovate = (s: GameState) =>
      implemented(S, play(S, toPhase(S, play(S, s, { type: 'table', role: 'housingCompany', measure: 'renovate', district: 'wk1', scale: 1 }), 'negotiation'), pledge('housingCompany', 'p1', { money: 1_500_000 }))).decided.p1!;
    const withConcept = renovate(workOnFive(gameAt(S, 'proposals')));
    expect(withConcept.verdict).toBe('passed');
    expect(withConcept.programme).toEqual({ id: 'socialCity', money: 1_000_000 });
    const withoutConcept = renovate(gameAt(S, 'proposals'));
    expect(withoutConcept.verdict).toBe('unfunded');
    expect(withoutConcept.because).toEqual({ code: 'fundingShort', params: { money: 1_000_000 } });
  });

  it('stops counting when it is not updated, and keeps counting when it is', () => {
    const year1 = workOnFive(gameAt(S, 'proposals'));
    expect(conceptCoverage(S, year1)).toBeCloseTo(5 / 9);
    const year2 = proposalsNextYear(year1);
    expect(conceptCoverage(S, year2)).toBeCloseTo(5 / 9);
    expect(conceptCoverage(S, proposalsNextYear(year2))).toBe(0);
    expect(conceptCoverage(S, proposalsNextYear(workOnFive(year2)))).toBeCloseTo(5 / 9);
    expect(toPhase(S, year2, 'review').history.map((h) => h.conceptCoverage)).toEqual([5 / 9, 5 / 9]);
  });

  it('is covered by a passed card that carries concept components', () => {
    const scenario = withMeasure(S, 'youthClub', { concept: ['steering', 'participation'] });
    const table = play(scenario, gameAt(scenario, 'proposals'), { type: 'table', role: 'city', measure: 'youthClub', district: 'wk2', scale: 1 });
    const paid = play(scenario, toPhase(scenario, table, 'negotiation'), pledge('city', 'p1', { money: 150_000, staffTime: 600 }));
    const after = toPhase(scenario, paid, 'review');
    expect(after.proposals[0]!.verdict).toBe('passed');
    expect(after.concept.covered).toEqual({ steering: 2000, participation: 2000 });
    expect(validComponents(scenario, toPhase(scenario, after, 'proposals').concept, 2001)).toEqual(['steering', 'participation']);
  });

  it('is not covered by a card that failed', () => {
    const scenario = withMeasure(S, 'youthClub', { concept: ['steering'] });
    const table = play(scenario, gameAt(scenario, 'proposals'), { type: 'table', role: 'city', measure: 'youthClub', district: 'wk2', scale: 1 });
    expect(toPhase(scenario, table, 'review').concept.covered).toEqual({});
  });
});
