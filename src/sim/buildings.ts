/** The housing stock: maintenance paid from rents, wear, renovation, demolition with displacement, new building. */
import type { Scenario } from '../scenario/schema';
import { addShareOfHouseholds, removeHouseholds, type Persons } from './households';
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
/** Adjacent districts, then the others. */
type Rings = readonly [neighbours: readonly string[], others: readonly string[]];

function rings(scenario: Scenario, from: string): Rings {
  const neighbours = scenario.districts.find((d) => d.id === from)?.neighbours ?? [];
  const others = scenario.districts.map((d) => d.id).filter((id) => id !== from && !neighbours.includes(id));
  return [neighbours, others];
}

/** The rings of each district, worked out once per scenario: demolitions ask for them many times a year. */
const ringCache = new WeakMap<Scenario, Map<string, Rings>>();
function destinations(scenario: Scenario, state: ModelState, from: string): Rings {
  let byDistrict = ringCache.get(scenario);
  if (!byDistrict) ringCache.set(scenario, (byDistrict = new Map()));
  let found = byDistrict.get(from);
  if (!found) byDistrict.set(from, (found = rings(scenario, from)));
  const [neighbours, others] = found;
  // Neighbours the state does not know are skipped; in a state made from its scenario there are none.
  return neighbours.every((id) => state.districts[id]) ? found : [neighbours.filter((id) => state.districts[id]), others];
}

/** Rehouses displaced households of one class in vacant flats elsewhere in the neighbourhood; the rest leave. */
function rehouse(scenario: Scenario, state: ModelState, from: string, classId: string, count: number, persons: Persons): void {
  let left = count * scenario.parameters.displacedStay;
  for (const ring of destinations(scenario, state, from)) {
    // Once everybody who stays has a flat, the outer ring need not be looked at.
    if (left <= 0) continue;
    const vacant = ring.map((id) => vacantFlats(state.districts[id]!));
    let room = 0;
    for (const v of vacant) room += v;
    if (room <= 0) continue;
    const placed = Math.min(left, room);
    for (let i = 0; i < ring.length; i++) {
      const share = (placed * vacant[i]!) / room / count;
      addShareOfHouseholds(state.districts[ring[i]!]!, classId, count * share, persons, share);
    }
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
