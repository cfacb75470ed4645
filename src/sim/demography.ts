/** Natural change: births, deaths (which also end households) and ageing of the residents. */
import type { Scenario } from '../scenario/schema';
import type { DistrictState } from './state';

export function births(d: DistrictState, scenario: Scenario): void {
  d.residents.young += d.residents.working * scenario.parameters.birthRate;
}

/** Deaths among residents aged 65+; the households they end are taken from classes in proportion to their older members. */
export function deaths(d: DistrictState, scenario: Scenario): void {
  const died = d.residents.senior * scenario.parameters.mortality;
  d.residents.senior -= died;
  const ended = died * scenario.parameters.householdsPerDeath;
  let weight = 0;
  for (const c of scenario.householdClasses) weight += (d.households[c.id] ?? 0) * c.ageMix.senior;
  if (weight <= 0) return;
  for (const c of scenario.householdClasses) {
    const h = d.households[c.id] ?? 0;
    d.households[c.id] = Math.max(0, h - (ended * h * c.ageMix.senior) / weight);
  }
}

/** Some of those coming of age leave for training, study or work elsewhere: persons go, households stay. */
export function youthDeparture(d: DistrictState, scenario: Scenario): void {
  const p = scenario.parameters;
  d.residents.young -= d.residents.young * p.youthAgeingRate * p.youthDeparture;
}

/** Children come of age; the working-age cohort reaches 65 at the district's own pace. */
export function ageing(d: DistrictState, scenario: Scenario, districtAgeing: number | undefined): void {
  const grownUp = d.residents.young * scenario.parameters.youthAgeingRate;
  const retired = d.residents.working * (districtAgeing ?? scenario.parameters.ageingRate);
  d.residents.young -= grownUp;
  d.residents.working += grownUp - retired;
  d.residents.senior += retired;
}
