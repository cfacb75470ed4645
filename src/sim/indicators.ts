/** Indicators: what the model reports per district and for the whole neighbourhood. */
import { INDICATOR_IDS, type IndicatorId, type Scenario } from '../scenario/schema';
import type { DistrictState, ModelState } from './state';

export { INDICATOR_IDS };
export type Indicators = Record<IndicatorId, number>;
/** Indicators as numbers in the order of INDICATOR_IDS: the hot path of explanations avoids objects. */
export type IndicatorVector = Float64Array;

export const INDICATOR_COUNT = INDICATOR_IDS.length;
const I = Object.fromEntries(INDICATOR_IDS.map((id, i) => [id, i])) as Record<IndicatorId, number>;

/** Which classes count as low-income, looked up once per scenario. */
export function lowIncomeClasses(scenario: Scenario): string[] {
  return scenario.householdClasses.filter((c) => c.lowIncome).map((c) => c.id);
}

const ratio = (part: number, whole: number) => (whole > 0 ? part / whole : 0);

/** A district's totals, which both the district's and the neighbourhood's indicators need. */
export interface Stocks {
  households: number;
  low: number;
  flats: number;
  population: number;
}

/** Sums a district's stocks once; the two indicator functions share it. Fills `into` when given, saving an object. */
export function stocksOf(d: DistrictState, lowIncome: readonly string[], into?: Stocks): Stocks {
  let households = 0;
  for (const c in d.households) households += d.households[c]!;
  let low = 0;
  for (const c of lowIncome) low += d.households[c] ?? 0;
  const flats = d.flats.renovated + d.flats.unrenovated;
  const population = d.residents.young + d.residents.working + d.residents.senior;
  if (!into) return { households, low, flats, population };
  into.households = households;
  into.low = low;
  into.flats = flats;
  into.population = population;
  return into;
}

/** Writes one district's indicators into `out`. */
function writeDistrictIndicators(d: DistrictState, lowIncome: readonly string[], out: IndicatorVector): void {
  writeDistrictFromStocks(d, stocksOf(d, lowIncome), out);
}

/** Writes one district's indicators into `out`, given its stocks. */
export function writeDistrictFromStocks(d: DistrictState, t: Stocks, out: IndicatorVector): void {
  const { households, low, flats, population } = t;
  const s = d.states;
  out[I.population] = population;
  out[I.households] = households;
  out[I.flats] = flats;
  out[I.vacancy] = flats > 0 ? Math.max(0, 1 - households / flats) : 0;
  out[I.renovatedShare] = ratio(d.flats.renovated, flats);
  out[I.condition] = s.condition;
  out[I.vandalism] = s.vandalism;
  out[I.image] = s.image;
  out[I.cohesion] = s.cohesion;
  out[I.trust] = s.trust;
  out[I.unemployment] = s.unemployment;
  out[I.services] = s.services;
  out[I.seniorShare] = ratio(d.residents.senior, population);
  out[I.lowIncomeShare] = ratio(low, households);
}

/** Writes the whole neighbourhood's indicators into `out`: sums, and means weighted by what each state describes. */
function writeNeighbourhoodIndicators(state: ModelState, lowIncome: readonly string[], out: IndicatorVector): void {
  const districts: DistrictState[] = [];
  const stocks: Stocks[] = [];
  for (const id in state.districts) {
    const d = state.districts[id]!;
    districts.push(d);
    stocks.push(stocksOf(d, lowIncome));
  }
  writeNeighbourhoodFromStocks(districts, stocks, out);
}

/** The neighbourhood's indicators from all its districts (in the state's order) and their stocks. */
export function writeNeighbourhoodFromStocks(districts: readonly DistrictState[], stocks: readonly Stocks[], out: IndicatorVector): void {
  let population = 0, households = 0, flats = 0, renovated = 0, unrenovated = 0, working = 0, senior = 0, low = 0;
  let condition = 0, vandalism = 0, image = 0, services = 0, cohesion = 0, trust = 0, unemployment = 0;
  for (let i = 0; i < districts.length; i++) {
    const d = districts[i]!;
    const t = stocks[i]!;
    population += t.population;
    households += t.households;
    flats += t.flats;
    low += t.low;
    renovated += d.flats.renovated;
    unrenovated += d.flats.unrenovated;
    working += d.residents.working;
    senior += d.residents.senior;
    condition += d.states.condition * d.flats.unrenovated;
    vandalism += d.states.vandalism * t.flats;
    image += d.states.image * t.flats;
    services += d.states.services * t.flats;
    cohesion += d.states.cohesion * t.households;
    trust += d.states.trust * t.households;
    unemployment += d.states.unemployment * d.residents.working;
  }
  out[I.population] = population;
  out[I.households] = households;
  out[I.flats] = flats;
  out[I.vacancy] = flats > 0 ? Math.max(0, 1 - households / flats) : 0;
  out[I.renovatedShare] = ratio(renovated, flats);
  out[I.condition] = ratio(condition, unrenovated);
  out[I.vandalism] = ratio(vandalism, flats);
  out[I.image] = ratio(image, flats);
  out[I.cohesion] = ratio(cohesion, households);
  out[I.trust] = ratio(trust, households);
  out[I.unemployment] = ratio(unemployment, working);
  out[I.services] = ratio(services, flats);
  out[I.seniorShare] = ratio(senior, population);
  out[I.lowIncomeShare] = ratio(low, households);
}

/** The vector as a named record (a literal, so the hot path avoids building objects key by key). */
function toIndicators(v: IndicatorVector): Indicators {
  return {
    population: v[I.population]!,
    households: v[I.households]!,
    flats: v[I.flats]!,
    vacancy: v[I.vacancy]!,
    renovatedShare: v[I.renovatedShare]!,
    condition: v[I.condition]!,
    vandalism: v[I.vandalism]!,
    image: v[I.image]!,
    cohesion: v[I.cohesion]!,
    trust: v[I.trust]!,
    unemployment: v[I.unemployment]!,
    services: v[I.services]!,
    seniorShare: v[I.seniorShare]!,
    lowIncomeShare: v[I.lowIncomeShare]!,
  };
}

/** Scratch vector for the two functions below, which copy it out at once: saves allocating one per call. */
const scratch = new Float64Array(INDICATOR_COUNT);

/** Indicators of one district. */
export function districtIndicators(d: DistrictState, lowIncome: readonly string[]): Indicators {
  writeDistrictIndicators(d, lowIncome, scratch);
  return toIndicators(scratch);
}

/** Indicators of the whole neighbourhood. */
export function neighbourhoodIndicators(state: ModelState, lowIncome: readonly string[]): Indicators {
  writeNeighbourhoodIndicators(state, lowIncome, scratch);
  return toIndicators(scratch);
}
