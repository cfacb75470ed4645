/** The social fabric: vandalism, image, cohesion, trust and services, each drifting towards what drives it. */
import type { Scenario } from '../scenario/schema';
import type { Indicators } from './indicators';
import type { DistrictState } from './state';
import { clamp01 } from './state';

/** Vacancy, idle youth and unemployment raise vandalism; cohesion holds it down. */
export function vandalismDrift(d: DistrictState, scenario: Scenario, ind: Indicators): number {
  const v = scenario.parameters.vandalism;
  const youthShare = ind.population > 0 ? d.residents.young / ind.population : 0;
  const target = clamp01(
    v.base +
      v.vacancy * ind.vacancy +
      v.youth * youthShare * (1 - d.states.services) +
      v.unemployment * d.states.unemployment -
      v.cohesion * d.states.cohesion,
  );
  return v.speed * (target - d.states.vandalism);
}

/** The image follows what people see wrong: poor housing, vandalism, concentrated poverty, empty flats; slowly. */
export function imageDrift(d: DistrictState, scenario: Scenario, ind: Indicators): number {
  const w = scenario.parameters.image;
  const quality = ind.renovatedShare + (1 - ind.renovatedShare) * d.states.condition;
  const target = clamp01(
    1 - w.quality * (1 - quality) - w.safety * d.states.vandalism - w.mix * ind.lowIncomeShare - w.vacancy * ind.vacancy,
  );
  return w.speed * (target - d.states.image);
}

/** Each move in or out tears at neighbourly ties. */
export function turnoverLoss(d: DistrictState, scenario: Scenario, turnover: number): number {
  return -Math.min(1, scenario.parameters.turnoverLoss * turnover) * d.states.cohesion;
}

/** Ties regrow where people stay. */
export function cohesionRecovery(d: DistrictState, scenario: Scenario): number {
  return scenario.parameters.cohesionRecovery * (1 - d.states.cohesion);
}

/** Trust in one's own capacity to act follows the strength of local ties. */
export function trustDrift(d: DistrictState, scenario: Scenario): number {
  return scenario.parameters.trustSpeed * (d.states.cohesion - d.states.trust);
}

/** Without new money, services wind down towards a floor. */
export function servicesDrift(d: DistrictState, scenario: Scenario): number {
  return scenario.parameters.servicesSpeed * (scenario.parameters.servicesFloor - d.states.services);
}
