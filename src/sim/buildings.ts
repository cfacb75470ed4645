/** The housing stock: maintenance paid from rents, wear, renovation, demolition with displacement, new building. */
import type { Scenario } from '../scenario/schema';
import { addHouseholds, removeHouseholds, type Persons } from './households';
import type { DistrictState, ModelState } from './state';
import { clamp01, totalFlats, totalHouseholds } from './state';

/** Rents of occupied flats pay for repairs: the fewer tenants, the less maintenance. */
export function maintenanceGain(d: DistrictState, scenario: Scenario): number {
  const flats = totalFlats(d);
  const occupancy = flats > 0 ? Math.min(1, totalHouseholds(d) / flats) : 0;
  return scenario.parameters.maintenance * occupancy * (1 - d.states.condition);
}

/** Ageing of the buildings and damage by vandalism. */
export function wearLoss(d: DistrictState, scenario: Scenario): { ageing: number; vandalism: number } {
  const p = scenario.parameters;
  return { ageing: p.depreciation * d.states.condition, vandalism: p.vandalismDamage * d.states.vandalism };
}

export function changeCondition(d: DistrictState, delta: number): void {
  d.states.condition = clamp01(d.states.condition + delta);
}

/** Renovates up to `n` unrenovated flats; tenants stay. */
export function renovate(d: DistrictState, n: number): void {
  const done = Math.min(Math.max(0, n), d.flats.unrenovated);
  d.flats.unrenovated -= done;
  d.flats.renovated += done;
}

/** Builds `n` new flats, at the standard of renovated ones. */
export function build(d: DistrictState, n: number): void {
  d.flats.renovated += Math.max(0, n);
}

/** Vacant flats a district can offer to households from elsewhere. */
function vacantFlats(d: DistrictState): number {
  return Math.max(0, totalFlats(d) - totalHouseholds(d));
}

/** Where displaced households find flats: adjacent districts first, then the rest of the neighbourhood. */
function destinations(scenario: Scenario, state: ModelState, from: string): string[][] {
  const neighbours = scenario.districts.find((d) => d.id === from)?.neighbours ?? [];
  const others = scenario.districts.map((d) => d.id).filter((id) => id !== from && !neighbours.includes(id));
  return [neighbours.filter((id) => state.districts[id]), others];
}

/** Rehouses displaced households of one class in vacant flats elsewhere in the neighbourhood; the rest leave. */
function rehouse(scenario: Scenario, state: ModelState, from: string, classId: string, count: number, persons: Persons): void {
  let left = count * scenario.parameters.displacedStay;
  for (const ring of destinations(scenario, state, from)) {
    const vacant = ring.map((id) => vacantFlats(state.districts[id]!));
    const room = vacant.reduce((a, b) => a + b, 0);
    if (room <= 0 || left <= 0) continue;
    const placed = Math.min(left, room);
    ring.forEach((id, i) => {
      const share = (placed * vacant[i]!) / room / count;
      addHouseholds(state.districts[id]!, classId, count * share, {
        young: persons.young * share,
        working: persons.working * share,
        senior: persons.senior * share,
      });
    });
    left -= placed;
  }
}

/** Demolishes up to `n` flats (unrenovated first); tenants still living there must move. */
export function demolish(scenario: Scenario, state: ModelState, districtId: string, n: number): void {
  const d = state.districts[districtId]!;
  const flats = totalFlats(d);
  const gone = Math.min(Math.max(0, n), flats);
  if (gone <= 0) return;
  const households = totalHouseholds(d);
  const occupancy = flats > 0 ? households / flats : 0;
  const remaining = flats - gone;
  const displaced = Math.min(households, Math.max(gone * occupancy * scenario.parameters.demolitionOccupancy, households - remaining));
  const fromUnrenovated = Math.min(gone, d.flats.unrenovated);
  d.flats.unrenovated -= fromUnrenovated;
  d.flats.renovated -= gone - fromUnrenovated;
  if (displaced <= 0 || households <= 0) return;
  for (const cls of scenario.householdClasses) {
    const share = (d.households[cls.id] ?? 0) / households;
    const moved = removeHouseholds(d, cls, displaced * share, scenario.householdClasses);
    if (moved.households > 0) rehouse(scenario, state, districtId, cls.id, moved.households, moved.persons);
  }
}
