import fc from 'fast-check';
import type { Scenario } from '../../src/scenario/schema';
import type { Decision } from '../../src/sim/interventions';
import type { Plan } from '../../src/sim/run';

const PARTICIPATION = ['none', 'inform', 'consult', 'codecide'] as const;

/** Any decision the scenario allows: a card, a district it may be placed in, a scale within its range. */
export function arbitraryDecision(scenario: Scenario): fc.Arbitrary<Decision> {
  return fc.constantFrom(...scenario.measures).chain((m) => {
    const places = m.districts ?? scenario.districts.map((d) => d.id);
    return fc.record({
      measure: fc.constant(m.id),
      district: m.appliesTo === 'neighbourhood' ? fc.constant(undefined) : fc.constantFrom(...places),
      scale: fc.integer({ min: m.scale.min, max: m.scale.max }),
      participation: fc.constantFrom(...PARTICIPATION),
    });
  });
}

/** A plan with up to `perYear` random decisions in each year of the game. */
export function arbitraryPlan(scenario: Scenario, perYear = 3): fc.Arbitrary<Plan> {
  const years = Array.from({ length: scenario.time.turns }, (_, i) => scenario.time.startYear + i);
  return fc
    .tuple(...years.map(() => fc.array(arbitraryDecision(scenario), { maxLength: perYear })))
    .map((lists) => new Map(years.map((y, i) => [y, lists[i]!])));
}
