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
  const available = d.residents.young + d.residents.working + d.residents.senior;
  let total = Math.min(wished.young + wished.working + wished.senior, available);
  const taken: Persons = { young: 0, working: 0, senior: 0 };
  for (const g of AGE_GROUPS) {
    const t = Math.min(wished[g], d.residents[g]);
    taken[g] = t;
    total -= t;
  }
  // Where an age group runs short, the rest comes from the groups that still have people.
  for (const g of AGE_GROUPS) {
    if (total <= 0) break;
    const extra = Math.min(total, d.residents[g] - taken[g]);
    taken[g] += extra;
    total -= extra;
  }
  for (const g of AGE_GROUPS) d.residents[g] -= taken[g];
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
  d.households[classId] = (d.households[classId] ?? 0) + count;
  for (const g of AGE_GROUPS) d.residents[g] += persons[g];
}
