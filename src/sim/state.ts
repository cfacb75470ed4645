/** The model state: plain, serialisable data that the yearly step turns into the next year's state. */
import type { Scenario, StateId } from '../scenario/schema';
import type { RngState } from './rng';
import { seedRng } from './rng';

export type AgeGroup = 'young' | 'working' | 'senior';
export const AGE_GROUPS: readonly AgeGroup[] = ['young', 'working', 'senior'];
export type Participation = 'none' | 'inform' | 'consult' | 'codecide';

export interface DistrictState {
  flats: { renovated: number; unrenovated: number };
  /** Households by household-class id. */
  households: Record<string, number>;
  residents: Record<AgeGroup, number>;
  /** District states, each a share from 0 to 1. */
  states: Record<StateId, number>;
}

/** A measure or event whose effects are running or still lingering. */
export interface Intervention {
  kind: 'measure' | 'event';
  /** Measure or event id in the scenario. */
  id: string;
  /** Districts it acts on. */
  districts: string[];
  scale: number;
  participation: Participation;
  /** Effect multiplier granted by the rules (1 = as on the card). */
  effect: number;
  /** First and last year of full effect. */
  firstYear: number;
  lastYear: number;
}

export interface ModelState {
  /** The year whose end this state describes; the start state is the end of the year before the first turn. */
  year: number;
  rng: RngState;
  districts: Record<string, DistrictState>;
  interventions: Intervention[];
  /** Drawn events that have happened (non-repeating ones are not drawn again). */
  firedEvents: string[];
}

/** The state at the start of the first turn, from the scenario's district figures. */
export function initialState(scenario: Scenario, seed: number | string): ModelState {
  const districts: Record<string, DistrictState> = {};
  for (const d of scenario.districts) {
    const households: Record<string, number> = {};
    for (const c of scenario.householdClasses) households[c.id] = d.households[c.id] ?? 0;
    districts[d.id] = {
      flats: { ...d.flats },
      households,
      residents: { ...d.residents },
      states: { ...d.state },
    };
  }
  return { year: scenario.time.startYear - 1, rng: seedRng(seed), districts, interventions: [], firedEvents: [] };
}

function cloneDistricts(s: ModelState): Record<string, DistrictState> {
  const districts: Record<string, DistrictState> = {};
  for (const id in s.districts) {
    const d = s.districts[id]!;
    districts[id] = {
      flats: { ...d.flats },
      households: { ...d.households },
      residents: { ...d.residents },
      states: { ...d.states },
    };
  }
  return districts;
}

/**
 * The copy a step works on, so a step never changes the state it was given: districts are copied deeply,
 * interventions are shared, because nothing changes an intervention once started (a step only adds and drops them).
 */
export function stepCopy(s: ModelState): ModelState {
  return {
    year: s.year,
    rng: { ...s.rng },
    districts: cloneDistricts(s),
    interventions: [...s.interventions],
    firedEvents: [...s.firedEvents],
  };
}

export function sumValues(r: Record<string, number>): number {
  let total = 0;
  // for-in visits the keys in the order of Object.values, without building an array.
  for (const k in r) total += r[k]!;
  return total;
}

export function totalFlats(d: DistrictState): number {
  return d.flats.renovated + d.flats.unrenovated;
}

export function totalHouseholds(d: DistrictState): number {
  return sumValues(d.households);
}

export function totalResidents(d: DistrictState): number {
  return d.residents.young + d.residents.working + d.residents.senior;
}

export function clamp01(x: number): number {
  return x < 0 ? 0 : x > 1 ? 1 : x;
}
