/** What a card will do, as a computer role reckons it from public information: a linear projection to the game's end. */
import type { Effect, IndicatorId, Measure } from '../scenario/schema';
import { STATE_IDS, type StateId } from '../scenario/schema';
import { powInt } from '../sim/detMath';
import { headroomFactor } from '../sim/interventions';
import type { Participation } from '../sim/state';
import type { Board, DistrictBoard, PublicScenario, Response } from './board';

/** Expected change of the neighbourhood indicators by the end of the game. */
export type Change = Partial<Record<IndicatorId, number>>;

/** A card as it would be carried out. */
export interface Placement {
  measure: Measure;
  district: string | undefined;
  scale: number;
  participation: Participation;
  /** Expected effect multiplier (the multi-goal bonus). */
  effect: number;
  /** The residents oppose it: passing it costs trust where it is placed. */
  againstResidents?: boolean;
}

const STATE_INDEX = new Map<string, number>(STATE_IDS.map((k, i) => [k, i]));
const [CONDITION, VANDALISM, IMAGE, COHESION, TRUST, UNEMPLOYMENT, SERVICES] = STATE_IDS.map((k) => STATE_INDEX.get(k)!) as [number, number, number, number, number, number, number];
const isStock = (e: Effect) => e.target === 'renovate' || e.target === 'demolish' || e.target === 'build';

/** Share of an effect in force in a year (from its first year on): full while it runs, then fading by its decay (stock changes stop at once). */
function strength(e: Effect, year: number, last: number): number {
  if (year <= last) return 1;
  if (e.decay === undefined || isStock(e)) return 0;
  return powInt(1 - e.decay, year - last);
}

/** A district's housing stock: flats, renovated flats, households, and displaced households rehoused elsewhere. */
export interface Stock {
  flats: number;
  renovated: number;
  households: number;
  rehoused: number;
}

/** Renovation, demolition (tenants still living there must move; some find a flat elsewhere in the neighbourhood) and new building. */
export function changeStock(par: PublicScenario['parameters'], k: Stock, target: Effect['target'], n: number): void {
  if (target === 'renovate') k.renovated += Math.max(0, Math.min(n, k.flats - k.renovated));
  else if (target === 'build') (k.flats += n), (k.renovated += n);
  else if (target === 'demolish') {
    const gone = Math.max(0, Math.min(n, k.flats));
    const occupancy = k.flats > 0 ? k.households / k.flats : 0;
    const displaced = Math.min(k.households, Math.max(gone * occupancy * par.demolitionOccupancy, k.households - (k.flats - gone)));
    k.renovated -= Math.max(0, gone - (k.flats - k.renovated));
    k.flats -= gone;
    k.households -= displaced;
    k.rehoused += displaced * par.displacedStay;
  }
}

/** What the card changes in one district by the end of the game. */
interface Offsets {
  /** District states in the order of STATE_IDS: a scratch record, valid until the next projection. */
  states: Float64Array;
  stock: Stock;
  /** Households the rest of the neighbourhood gains (displaced tenants who stayed, less newcomers they kept out). */
  elsewhere: number;
}

/** A state pushed by an amount, held within 0 and 1; a measure's push weakens near the state's limit, as in the model. */
function push(par: PublicScenario['parameters'] | undefined, d: DistrictBoard, s: Float64Array, i: number, amount: number): void {
  const base = d.stateValues[i]!;
  const value = base + s[i]!;
  const factor = par ? headroomFactor(par, STATE_IDS[i]!, value, amount) : 1;
  s[i] = Math.min(1, Math.max(0, value + amount * factor)) - base;
}

/** What an effect acts on, as a code: a district state's index (0 and up), or one of the kinds below. */
const ATTRACTIVENESS = -1, CITY_PULL = -2, REGIONAL = -3, STOCK = -4;

/** Each card's effect targets as codes (a pure memo: a loaded scenario is not changed; forecasting is hot). */
const targetCodes = new WeakMap<Measure, Int8Array>();

function targetsOf(m: Measure): Int8Array {
  let codes = targetCodes.get(m);
  if (!codes) {
    codes = Int8Array.from(m.effects, (e) => {
      const state = STATE_INDEX.get(e.target);
      if (state !== undefined) return state;
      if (e.target === 'attractiveness') return ATTRACTIVENESS;
      if (e.target === 'cityPull') return CITY_PULL;
      return e.target === 'regionalUnemployment' ? REGIONAL : STOCK;
    });
    targetCodes.set(m, codes);
  }
  return codes;
}

// Pure scratch, reused because forecasting is hot: each is written in full (or zero-filled) before it is read, within
// one projection, and read before the next projection writes it; projections never nest, so no result depends on it.
/** Gains of a year in quality, image, safety, services, cohesion, jobs and affordability. */
const gains = new Float64Array(7);
/** One district's state changes (projectDistrict), and the neighbourhood's weighted sum (forecast). */
const districtStates = new Float64Array(STATE_IDS.length);
const neighbourhoodStates = new Float64Array(STATE_IDS.length);

/** The card's effect in one district, year by year, with the model's drift speeds and knock-ons linearised. */
function projectDistrict(scenario: PublicScenario, board: Board, d: DistrictBoard, p: Placement, share: number): Offsets {
  const par = scenario.parameters;
  const m = p.measure;
  const targets = targetsOf(m);
  const first = board.year + m.leadTime;
  const last = first + m.duration - 1;
  const mult = par.participationEffect[p.participation] * p.effect;
  const s = districtStates.fill(0);
  const k: Stock = { flats: d.flats, renovated: d.renovated, households: d.households, rehoused: 0 };
  if (p.againstResidents) push(undefined, d, s, TRUST, -par.oppositionTrustLoss);
  const ren0 = d.flats > 0 ? d.renovated / d.flats : 0;
  const u = par.unemployment, v = par.vandalism, im = par.image, mob = d.mobility;
  const trustGain = par.participationTrust[p.participation];
  const letBefore = Math.min(mob.demand, Math.max(0, d.flats - d.households) * par.maxFillRate);
  // The rest of the neighbourhood as one pool: displaced tenants who stay take its empty flats, which newcomers may have wanted.
  const elsewhere = { vacant: board.vacant - Math.max(0, d.flats - d.households), demand: board.demand - mob.demand };
  const letElsewhere = Math.min(elsewhere.demand, Math.max(0, elsewhere.vacant) * par.maxFillRate);
  let pool = 0;

  for (let year = first; year <= board.lastYear; year++) {
    let regional = 0;
    let boostStay = 0;
    let boostCome = 0;
    const rehousedBefore = k.rehoused;
    for (let i = 0; i < targets.length; i++) {
      const e = m.effects[i]!;
      const st = strength(e, year, last);
      if (st <= 0) continue;
      const size = e.amount * p.scale * st;
      const target = targets[i]!;
      if (target >= 0) push(par, d, s, target, size * mult);
      else if (target === ATTRACTIVENESS || target === CITY_PULL) {
        const shift = target === ATTRACTIVENESS ? size * mult : -size;
        boostStay += shift * classMobility(mob.stay.classes, e.classes);
        boostCome += shift * classMobility(mob.come.classes, e.classes);
      } else if (target === REGIONAL) regional += size;
      else if (st === 1) changeStock(par, k, e.target, (size * share) / m.duration);
    }
    if (year <= last && trustGain > 0) push(par, d, s, TRUST, trustGain);

    const dRenShare = (k.flats > 0 ? k.renovated / k.flats : 0) - ren0;
    const dVacancy = (k.flats > 0 ? Math.max(0, 1 - k.households / k.flats) : 0) - d.vacancy;
    s[UNEMPLOYMENT]! += u.speed * (regional * (u.base + u.lowIncome * d.lowIncomeShare) - s[UNEMPLOYMENT]!);
    const quality = dRenShare * (1 - d.stateValues[CONDITION]!) + (1 - ren0) * s[CONDITION]!;
    // Newcomers need empty flats, a share of which is let each year: fewer empty flats, fewer newcomers. More households, more leavers.
    const letAfter = Math.min((mob.demand * k.flats) / Math.max(1, d.flats), Math.max(0, k.flats - k.households) * par.maxFillRate);
    const room = mob.demand > 0 ? Math.min(1, letAfter / mob.demand) : 0;
    // Fewer leave and more come when the district gains on the rest of the city.
    gains[0] = quality;
    gains[1] = s[IMAGE]!;
    gains[2] = -s[VANDALISM]!;
    gains[3] = s[SERVICES]!;
    gains[4] = s[COHESION]!;
    gains[5] = -s[UNEMPLOYMENT]!;
    gains[6] = -par.rentPremium * dRenShare;
    const moved = letAfter - letBefore - mob.leaving * (k.households - d.households) + respond(mob.stay, gains) + boostStay + room * (respond(mob.come, gains) + boostCome);
    k.households = Math.max(0, Math.min(k.flats, k.households + moved));

    pool += k.rehoused - rehousedBefore;
    pool += Math.min(elsewhere.demand, Math.max(0, elsewhere.vacant - pool) * par.maxFillRate) - letElsewhere - board.leaving * pool;

    const occupancy = k.flats > 0 ? Math.min(1, k.households / k.flats) : 0;
    s[CONDITION]! += -(par.depreciation + par.maintenance * occupancy) * s[CONDITION]! - par.vandalismDamage * s[VANDALISM]!;
    s[VANDALISM]! += v.speed * (v.vacancy * dVacancy - v.youth * d.youthShare * s[SERVICES]! + v.unemployment * s[UNEMPLOYMENT]! - v.cohesion * s[COHESION]! - s[VANDALISM]!);
    s[IMAGE]! += im.speed * (im.quality * quality - im.safety * s[VANDALISM]! - im.vacancy * dVacancy - s[IMAGE]!);
    s[COHESION]! -= par.cohesionRecovery * s[COHESION]!;
    s[TRUST]! += par.trustSpeed * (s[COHESION]! - s[TRUST]!);
    s[SERVICES]! -= par.servicesSpeed * s[SERVICES]!;
  }
  return { states: s, stock: k, elsewhere: pool };
}

/** Households won by gains in quality, image, safety, services, cohesion, jobs and affordability. */
function respond(r: Response, g: Float64Array): number {
  const f = r.features;
  return f.quality * g[0]! + f.image * g[1]! + f.safety * g[2]! + f.services * g[3]! + f.cohesion * g[4]! + f.jobs * g[5]! + f.affordability * g[6]!;
}

/** How many households of the given classes (default all) respond to a unit of attractiveness. */
function classMobility(byClass: Record<string, number>, classes: readonly string[] | undefined): number {
  let sum = 0;
  if (classes) for (const c of classes) sum += byClass[c] ?? 0;
  else for (const c in byClass) sum += byClass[c]!;
  return sum;
}

/** The expected change of the neighbourhood indicators by the end of the game if the card is carried out. */
export function forecast(scenario: PublicScenario, board: Board, p: Placement): Change {
  if (board.year + p.measure.leadTime > board.lastYear) return {};
  const neighbourhood = p.measure.appliesTo === 'neighbourhood';
  const t = board.total;
  let flats = 0, renovated = 0, households = 0, population = 0;
  const states = neighbourhoodStates.fill(0);
  for (const d of neighbourhood ? board.list : p.district ? [board.districts[p.district]!] : []) {
    const o = projectDistrict(scenario, board, d, p, neighbourhood ? d.flats / t.flats : 1);
    flats += o.stock.flats - d.flats;
    renovated += o.stock.renovated - d.renovated;
    const net = o.stock.households - d.households + o.elsewhere;
    households += net;
    population += net * d.personsPerHousehold;
    for (let i = 0; i < STATE_IDS.length; i++) states[i]! += d.weights[i]! * o.states[i]!;
  }
  // One literal with every key: objects grown key by key are slow to build and to read (forecasts are hot).
  return {
    population,
    households,
    flats,
    vacancy: (t.flats + flats > 0 ? Math.max(0, 1 - (t.households + households) / (t.flats + flats)) : 0) - t.vacancy,
    renovatedShare: (t.flats + flats > 0 ? (t.renovatedShare * t.flats + renovated) / (t.flats + flats) : 0) - t.renovatedShare,
    condition: states[CONDITION]!,
    vandalism: states[VANDALISM]!,
    image: states[IMAGE]!,
    cohesion: states[COHESION]!,
    trust: states[TRUST]!,
    unemployment: states[UNEMPLOYMENT]!,
    services: states[SERVICES]!,
  } satisfies Record<StateId | 'population' | 'households' | 'flats' | 'vacancy' | 'renovatedShare', number>;
}
