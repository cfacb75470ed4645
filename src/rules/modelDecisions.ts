/** A year's passed cards as the model carries them out: simulating the year and explaining it again tell the model the same. */
import type { Scenario } from '../scenario/schema';
import type { Decision } from '../sim/interventions';
import type { Proposal } from './types';

/** The decisions of the year's passed proposals, in table order; opposed by residents, a card costs their trust. */
export function modelDecisions(scenario: Scenario, proposals: readonly Proposal[]): Decision[] {
  const residents = scenario.roles.filter((r) => r.residents).map((r) => r.id);
  return proposals
    .filter((p) => p.verdict === 'passed')
    .map((p) => ({
      measure: p.measure,
      ...(p.district && { district: p.district }),
      scale: p.scale,
      participation: p.participation,
      effect: p.effect ?? 1,
      againstResidents: p.oppose.some((r) => residents.includes(r)),
    }));
}
