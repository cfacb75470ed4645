/** The board as a computer role reads it: district figures from its view, with building work already decided but not yet done. */
import { finalYear } from '../rules/gameLength';
import { cardById } from '../scenario/catalogue';
import { STATE_IDS, type Measure } from '../scenario/schema';
import type { RoleView } from '../rules/view';
import { attractiveness, districtFeatures, type Features } from '../sim/attractiveness';
import { arrivalFactor, departureFactor } from '../sim/migration';
import type { Indicators } from '../sim/indicators';
import { valueInYear } from '../sim/series';
import { sameSource, type BoardSource, type BotCache } from './cache';
import { changeStock, type Change, type Stock } from './forecast';
import type { Outlook } from './context';

type Feature = keyof Features;
const FEATURES: readonly Feature[] = ['quality', 'image', 'safety', 'services', 'cohesion', 'jobs', 'affordability', 'mix'];

/** The scenario as every role may read it. */
export type PublicScenario = RoleView['scenario'];

export interface DistrictBoard {
  flats: number;
  renovated: number;
  households: number;
  population: number;
  vacancy: number;
  lowIncomeShare: number;
  /** District states in the order of STATE_IDS. */
  stateValues: Float64Array;
  /** The district's weight in each neighbourhood state: by flats, by households for cohesion and trust, by residents for unemployment. */
  weights: Float64Array;
  personsPerHousehold: number;
  /** Share of young residents, from the scenario's district figures. */
  youthShare: number;
  mobility: Mobility;
}

/** How a district's households move as things stand: who stays or comes per unit of attractiveness gained, and the moves a year. */
export interface Mobility {
  stay: Response;
  /** Newcomers, as long as there are empty flats to move into. */
  come: Response;
  /** Households a year that would move in, if empty flats allow (only a share of them is let each year). */
  demand: number;
  /** Share of households moving out in a year. */
  leaving: number;
}

/** Households a year per unit of attractiveness gained: by feature of the district, and by class for boosts of one class. */
export interface Response {
  features: Record<Feature, number>;
  classes: Record<string, number>;
}

export interface Board {
  year: number;
  lastYear: number;
  total: Indicators;
  districts: Record<string, DistrictBoard>;
  list: DistrictBoard[];
  /** The whole neighbourhood's empty flats, newcomers a year it draws, and share of households leaving a year. */
  vacant: number;
  demand: number;
  leaving: number;
  /** Each district's place in the list. */
  index: Map<string, number>;
  /** Forecasts worked out on this board, by card and placement: every role reads the same board, so they share them. */
  forecasts: Map<Measure, Map<number, Change>>;
  /** Each role's outlook this year, by role and stance. */
  outlooks: Map<string, Outlook>;
}

/** What the scenario says once and for all: class weights made shares, households by class and young residents per district. */
interface ScenarioFacts {
  weights: Map<string, Record<Feature, number>>;
  lowIncome: string[];
  /** Households by class as a share of the district's non-low-income households, at the start. */
  otherShares: Map<string, Record<string, number>>;
  youthShare: Map<string, number>;
}

/** Facts by the scenario's household classes and districts (a pure memo: the scenario is not changed once loaded). */
const factsByScenario = new WeakMap<object, WeakMap<object, ScenarioFacts>>();

function factsOf(scenario: PublicScenario): ScenarioFacts {
  let byDistricts = factsByScenario.get(scenario.householdClasses);
  if (!byDistricts) factsByScenario.set(scenario.householdClasses, (byDistricts = new WeakMap()));
  const cached = byDistricts.get(scenario.districts);
  if (cached) return cached;
  const lowIncome = scenario.householdClasses.filter((c) => c.lowIncome).map((c) => c.id);
  const weights = new Map(
    scenario.householdClasses.map((c) => {
      const total = FEATURES.reduce((a, k) => a + c.weights[k], 0);
      return [c.id, Object.fromEntries(FEATURES.map((k) => [k, total > 0 ? c.weights[k] / total : 0])) as Record<Feature, number>];
    }),
  );
  const otherShares = new Map(
    scenario.districts.map((d) => {
      const others = Object.entries(d.households).filter(([c]) => !lowIncome.includes(c));
      const total = others.reduce((a, [, n]) => a + n, 0);
      return [d.id, Object.fromEntries(others.map(([c, n]) => [c, total > 0 ? n / total : 0]))];
    }),
  );
  const youthShare = new Map(scenario.districts.map((d) => [d.id, d.residents.young / Math.max(1, d.residents.young + d.residents.working + d.residents.senior)]));
  const facts = { weights, lowIncome, otherShares, youthShare };
  byDistricts.set(scenario.districts, facts);
  return facts;
}

/**
 * Migration linearised around the district as it stands: each class compares the district with the rest of the city
 * (the scenario's city pull against the attractiveness of what the board shows), leaves at outRate and comes at inRate
 * per flat, raised or lowered by its sensitivity to that gap, as the model does. The low-income share is as shown, the
 * other classes split the rest as in the scenario's district figures.
 */
function mobilityOf(scenario: PublicScenario, facts: ScenarioFacts, id: string, ind: Indicators, year: number): Mobility {
  const par = scenario.parameters;
  const features = districtFeatures({ states: ind }, ind, par.rentPremium);
  const stay: Response = { features: { quality: 0, image: 0, safety: 0, services: 0, cohesion: 0, jobs: 0, affordability: 0, mix: 0 }, classes: {} };
  const come: Response = { features: { ...stay.features }, classes: {} };
  const others = facts.otherShares.get(id)!;
  let demand = 0;
  let leaving = 0;
  const cityDemand = valueInYear(scenario.context.housingDemand, year, 1);
  for (const c of scenario.householdClasses) {
    const share = facts.lowIncome.includes(c.id) ? ind.lowIncomeShare / facts.lowIncome.length : (1 - ind.lowIncomeShare) * (others[c.id] ?? 0);
    const gap = valueInYear(c.cityPull, year) - attractiveness(c, features, 0);
    const leaves = departureFactor(par, c.sensitivity, gap);
    const out = Math.min(par.maxOutRate, c.outRate * leaves);
    const arrives = arrivalFactor(par, c.sensitivity, gap);
    const coming = c.inRate * cityDemand * ind.flats * arrives;
    // At the departure floor, the arrival ceiling or the out-rate limit, a better district changes nothing more.
    stay.classes[c.id] = leaves <= par.departureFloor || out >= par.maxOutRate ? 0 : share * ind.households * out * c.sensitivity;
    come.classes[c.id] = arrives >= par.arrivalCeiling ? 0 : coming * c.sensitivity;
    demand += coming;
    leaving += share * out;
    const w = facts.weights.get(c.id)!;
    for (const k of FEATURES) (stay.features[k] += stay.classes[c.id]! * w[k]), (come.features[k] += come.classes[c.id]! * w[k]);
  }
  return { stay, come, demand, leaving };
}

function districtBoard(scenario: PublicScenario, facts: ScenarioFacts, id: string, ind: Indicators, total: Indicators, year: number): DistrictBoard {
  const weights = new Float64Array(STATE_IDS.length);
  STATE_IDS.forEach((k, i) => {
    weights[i] = k === 'cohesion' || k === 'trust' ? ind.households / total.households : k === 'unemployment' ? ind.population / total.population : ind.flats / total.flats;
  });
  return {
    flats: ind.flats,
    renovated: ind.renovatedShare * ind.flats,
    households: ind.households,
    population: ind.population,
    vacancy: ind.vacancy,
    lowIncomeShare: ind.lowIncomeShare,
    stateValues: Float64Array.from(STATE_IDS, (k) => ind[k]),
    weights,
    personsPerHousehold: ind.households > 0 ? ind.population / ind.households : 0,
    youthShare: facts.youthShare.get(id) ?? 0,
    mobility: mobilityOf(scenario, facts, id, ind, year),
  };
}

/** Flats still to be demolished, renovated or built by measures passed in earlier years. */
function applyPending(view: RoleView, districts: Record<string, DistrictBoard>): void {
  const scenario = view.scenario;
  const span = Math.max(...scenario.measures.map((m) => m.leadTime + m.duration));
  for (const record of view.history) {
    if (record.year + span <= view.year) continue;
    for (const p of record.proposals) {
      if (p.verdict !== 'passed' || !p.district) continue;
      const m = cardById(scenario.measures, p.measure)!;
      const first = p.year + m.leadTime;
      if (first + m.duration <= view.year) continue;
      const d = districts[p.district]!;
      const stock: Stock = { flats: d.flats, renovated: d.renovated, households: d.households, rehoused: 0 };
      for (let year = Math.max(first, view.year); year < first + m.duration; year++) {
        for (const e of m.effects) changeStock(scenario.parameters, stock, e.target, (e.amount * p.scale) / m.duration);
      }
      Object.assign(d, { flats: stock.flats, renovated: stock.renovated, households: stock.households, vacancy: stock.flats > 0 ? Math.max(0, 1 - stock.households / stock.flats) : 0 });
    }
  }
}

/**
 * The board a role plans on this year: within a year the figures stand, so every role reads the same board in every
 * phase, and it is worked out once per cache. It is a function of public figures only, as its source says.
 */
export function boardOf(view: RoleView, cache: BotCache): Board {
  const source: BoardSource = { scenario: view.scenario, year: view.year, indicators: view.indicators, districts: view.districts, history: view.history };
  if (cache.board && sameSource(cache.board.source, source)) return cache.board.board;
  const scenario = view.scenario;
  const facts = factsOf(scenario);
  const districts = Object.fromEntries(Object.entries(view.districts).map(([id, ind]) => [id, districtBoard(scenario, facts, id, ind, view.indicators, view.year)]));
  applyPending(view, districts);
  const list = Object.values(districts);
  const households = list.reduce((a, d) => a + d.households, 0);
  const board = {
    year: view.year,
    lastYear: finalYear(scenario),
    total: view.indicators,
    districts,
    list,
    vacant: list.reduce((a, d) => a + Math.max(0, d.flats - d.households), 0),
    demand: list.reduce((a, d) => a + d.mobility.demand, 0),
    leaving: households > 0 ? list.reduce((a, d) => a + d.mobility.leaving * d.households, 0) / households : 0,
    index: new Map(Object.keys(districts).map((id, i) => [id, i])),
    forecasts: new Map(),
    outlooks: new Map(),
  };
  cache.board = { source, board };
  return board;
}
