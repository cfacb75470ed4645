/** Problems in a scenario that parses and validates but cannot be right (errors) or may be a slip (warnings). */

export type ConsistencyDetail =
  | { code: 'householdsOverFlats'; district: string; households: number; flats: number }
  | { code: 'noFlats'; district: string }
  | { code: 'yearsUnsorted'; year: number; previous: number }
  | { code: 'yearRepeated'; year: number }
  | { code: 'scaleOutsideCard'; measure: string; min: number; max: number; got: number }
  | { code: 'beforeCardYear'; measure: string; from: number; got: number }
  | { code: 'eventOutsideGame'; first: number; last: number; got: number }
  | { code: 'workshopTooLong'; years: number; got: number }
  | { code: 'noWeights'; householdClass: string }
  | { code: 'demolishBeyondStock'; demolished: number; short: { district: string; flats: number }[] }
  | { code: 'mapOutside'; district: string; right: number; bottom: number }
  | { code: 'mapOverlap'; district: string; other: string }
  | { code: 'mapPartial'; missing: string[] }
  | { code: 'districtsIgnored'; measure: string }
  | { code: 'partnerTwice'; role: string };

export type ConsistencyCode = ConsistencyDetail['code'];

/** Kinds the game can live with because they may be intended; every other problem is an error. */
export const WARNING_CODES: ReadonlySet<string> = new Set<ConsistencyCode>([
  'eventOutsideGame',
  'mapOverlap',
  'mapPartial',
  'districtsIgnored',
  'partnerTwice',
]);

// Every consistency code once; the Record type makes the compiler insist on a complete list.
const CODES: Record<ConsistencyCode, true> = {
  householdsOverFlats: true,
  noFlats: true,
  yearsUnsorted: true,
  yearRepeated: true,
  scaleOutsideCard: true,
  beforeCardYear: true,
  eventOutsideGame: true,
  workshopTooLong: true,
  noWeights: true,
  demolishBeyondStock: true,
  mapOutside: true,
  mapOverlap: true,
  mapPartial: true,
  districtsIgnored: true,
  partnerTwice: true,
};

export function isConsistency(detail: { code: string }): detail is ConsistencyDetail {
  return Object.hasOwn(CODES, detail.code);
}
