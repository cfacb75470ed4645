/** Moving households together with their members, so residents by age follow households by class. */
import type { HouseholdClass } from '../scenario/schema';
import { AGE_GROUPS, totalHouseholds, type AgeGroup, type DistrictState } from './state';

export type Persons = Record<AgeGroup, number>;

/** The persons that `count` households of a class bring, split by the class's age mix. */
export function personsOf(cls: HouseholdClass, count: number): Persons {
  const n = count * cls.householdSize;
  return { young: n * cls.ageMix.young, working: n * cls.ageMix.working, senior: n * cls.ageMix.senior };
}

/** Persons per nominal person in the district: scales class sizes so leavers match who actually lives there. */
function sizeCorrection(d: DistrictState, classes: readonly HouseholdClass[], leaving: string, n: number): number {
  let nominal = 0;
  // Households already taken off the books still count: they are who the residents belong to.
  for (const c of classes) nominal += ((d.households[c.id] ?? 0) + (c.id === leaving ? n : 0)) * c.householdSize;
  const actual = d.residents.young + d.residents.working + d.residents.senior;
  return nominal > 0 ? actual / nominal : 0;
}

/** Takes persons out of the district by the wished split, never more than live there, keeping the total. */
function takePersons(d: DistrictState, wished: Persons): Persons {
  const r = d.residents;
  const available = r.young + r.working + r.senior;
  let total = Math.min(wished.young + wished.working + wished.senior, available);
  // Age groups spelt out rather than looped over: this runs for every move, and fixed keys are faster.
  const taken: Persons = {
    young: Math.min(wished.young, r.young),
    working: Math.min(wished.working, r.working),
    senior: Math.min(wished.senior, r.senior),
  };
  total -= taken.young;
  total -= taken.working;
  total -= taken.senior;
  // Where an age group runs short, the rest comes from the groups that still have people.
  for (const g of AGE_GROUPS) {
    if (total <= 0) break;
    const extra = Math.min(total, r[g] - taken[g]);
    taken[g] += extra;
    total -= extra;
  }
  r.young -= taken.young;
  r.working -= taken.working;
  r.senior -= taken.senior;
  return taken;
}

/** Removes up to `count` households of a class with their members; returns the persons who left. */
export function removeHouseholds(
  d: DistrictState,
  cls: HouseholdClass,
  count: number,
  classes: readonly HouseholdClass[],
): { households: number; persons: Persons } {
  const n = Math.min(count, d.households[cls.id] ?? 0);
  if (n <= 0) return { households: 0, persons: { young: 0, working: 0, senior: 0 } };
  d.households[cls.id] = (d.households[cls.id] ?? 0) - n;
  const emptied = totalHouseholds(d) <= 0;
  // The last household out takes everybody left with it.
  const wished = emptied ? { ...d.residents } : personsOf(cls, n * sizeCorrection(d, classes, cls.id, n));
  const persons = takePersons(d, wished);
  return { households: n, persons };
}

/** Adds households of a class with their members. */
export function addHouseholds(d: DistrictState, classId: string, count: number, persons: Persons): void {
  addShareOfHouseholds(d, classId, count, persons, 1);
}

/** Adds households of a class with `share` of the given members each (share 1: all of them). */
export function addShareOfHouseholds(d: DistrictState, classId: string, count: number, persons: Persons, share: number): void {
  d.households[classId] = (d.households[classId] ?? 0) + count;
  d.residents.young += persons.young * share;
  d.residents.working += persons.working * share;
  d.residents.senior += persons.senior * share;
}
