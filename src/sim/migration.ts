/** Selective migration: each class compares its district with the rest of the city; the mobile leave first. */
import type { ModelParameters, Scenario } from '../scenario/schema';
import { attractiveness, districtFeatures } from './attractiveness';
import { exp } from './detMath';
import { addHouseholds, personsOf, removeHouseholds } from './households';
import type { Indicators } from './indicators';
import type { Modifiers } from './interventions';
import type { Rng } from './rng';
import type { DistrictState } from './state';
import { totalFlats, totalHouseholds } from './state';

/** How far each class finds the rest of the city more attractive than this district (positive = pulls away). */
export function attractivenessGaps(
  scenario: Scenario,
  d: DistrictState,
  ind: Indicators,
  districtId: string,
  cityPull: Record<string, number>,
  mods: Modifiers,
): Record<string, number> {
  const features = districtFeatures(d, ind, scenario.parameters.rentPremium);
  const gaps: Record<string, number> = {};
  for (const c of scenario.householdClasses) {
    const a = attractiveness(c, features, mods.attractiveness[districtId]?.[c.id] ?? 0);
    gaps[c.id] = (cityPull[c.id] ?? 0) + (mods.cityPull[c.id] ?? 0) - a;
  }
  return gaps;
}

/**
 * How the gap changes a class's usual out-migration: more movers where the city pulls harder, fewer where the
 * district is better, but never fewer than the departure floor: people still leave for jobs, family or a house.
 */
export function departureFactor(p: ModelParameters, sensitivity: number, gap: number): number {
  return Math.max(p.departureFloor, exp(sensitivity * gap));
}

/** How the gap changes a class's usual in-migration: never above the arrival ceiling that the city's demand sets. */
export function arrivalFactor(p: ModelParameters, sensitivity: number, gap: number): number {
  return Math.min(p.arrivalCeiling, exp(-sensitivity * gap));
}

/** Households leave at a rate that grows with the gap, faster for more mobile classes. Returns how many left. */
export function moveOut(scenario: Scenario, d: DistrictState, gaps: Record<string, number>, rng: Rng): number {
  const p = scenario.parameters;
  let left = 0;
  for (const c of scenario.householdClasses) {
    const rate = Math.min(p.maxOutRate, c.outRate * departureFactor(p, c.sensitivity, gaps[c.id] ?? 0) * rng.noise(p.migrationNoise));
    left += removeHouseholds(d, c, (d.households[c.id] ?? 0) * rate, scenario.householdClasses).households;
  }
  return left;
}

/**
 * Newcomers: demand per class scales with the size of the district, the city's demand for flats this year and the
 * district's edge over the city, and needs vacant flats. Returns how many came.
 */
export function moveIn(scenario: Scenario, d: DistrictState, gaps: Record<string, number>, cityDemand: number, rng: Rng): number {
  const p = scenario.parameters;
  const vacant = Math.max(0, totalFlats(d) - totalHouseholds(d));
  const demand = scenario.householdClasses.map(
    (c) => c.inRate * cityDemand * totalFlats(d) * arrivalFactor(p, c.sensitivity, gaps[c.id] ?? 0) * rng.noise(p.migrationNoise),
  );
  const wanted = demand.reduce((a, b) => a + b, 0);
  if (wanted <= 0) return 0;
  const let_ = Math.min(wanted, vacant * p.maxFillRate);
  scenario.householdClasses.forEach((c, i) => {
    const n = (let_ * demand[i]!) / wanted;
    addHouseholds(d, c.id, n, personsOf(c, n));
  });
  return let_;
}
