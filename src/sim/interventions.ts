/** Measures and events in force: when they act, how strongly, and what they change. */
import { cardById, eventById } from '../scenario/catalogue';
import type { Effect, Measure, ModelParameters, Scenario, ScenarioEvent } from '../scenario/schema';
import { STATE_IDS, type StateId } from '../scenario/schema';
import { build, demolish, renovate } from './buildings';
import { powInt } from './detMath';
import type { Intervention, ModelState, Participation } from './state';
import { clamp01, totalFlats } from './state';

/** A decision to carry out a measure, as the rules (or a reference play) hand it to the model. */
export interface Decision {
  measure: string;
  district?: string;
  scale: number;
  participation?: Participation;
  /** Extra effect the rules grant, e.g. the multi-goal bonus (default 1). */
  effect?: number;
  /** Passed although the residents opposed it: costs trust where it is placed. */
  againstResidents?: boolean;
}

/** Effects weaker than this have faded out. */
const FADED = 0.01;
const STATE_SET: ReadonlySet<string> = new Set(STATE_IDS);
const isState = (t: Effect['target']): t is StateId => STATE_SET.has(t);
const isStock = (t: Effect['target']) => t === 'renovate' || t === 'demolish' || t === 'build';

export function findMeasure(scenario: Scenario, id: string): Measure | undefined {
  return cardById(scenario.measures, id);
}

export function findEvent(scenario: Scenario, id: string): ScenarioEvent | undefined {
  return eventById(scenario.events, id);
}

function effectsOf(scenario: Scenario, iv: Intervention): readonly Effect[] {
  const source = iv.kind === 'measure' ? findMeasure(scenario, iv.id) : findEvent(scenario, iv.id);
  return source?.effects ?? [];
}

/** How strongly an effect acts in a year: fully while in force, then fading by its decay, if any. */
export function strength(iv: Intervention, effect: Effect, year: number): number {
  if (year < iv.firstYear) return 0;
  if (year <= iv.lastYear) return 1;
  if (effect.decay === undefined || isStock(effect.target)) return 0;
  return powInt(1 - effect.decay, year - iv.lastYear);
}

/** Whether an intervention can still change anything from this year on. */
export function stillActive(scenario: Scenario, iv: Intervention, year: number): boolean {
  return effectsOf(scenario, iv).some((e) => strength(iv, e, year) >= FADED || year < iv.firstYear);
}

/** Turns a decision taken in `year` into an intervention. */
export function startMeasure(scenario: Scenario, decision: Decision, year: number): Intervention {
  const m = findMeasure(scenario, decision.measure);
  if (!m) throw new Error(`unknown measure ${decision.measure}`);
  const districts =
    m.appliesTo === 'neighbourhood' ? scenario.districts.map((d) => d.id) : decision.district ? [decision.district] : [];
  const firstYear = year + m.leadTime;
  return {
    kind: 'measure',
    id: m.id,
    districts,
    scale: decision.scale,
    participation: decision.participation ?? m.participation,
    effect: decision.effect ?? 1,
    firstYear,
    lastYear: firstYear + m.duration - 1,
  };
}

/** Turns an event that happens in `year` into an intervention. */
export function startEvent(scenario: Scenario, id: string, year: number): Intervention {
  const e = findEvent(scenario, id);
  if (!e) throw new Error(`unknown event ${id}`);
  return {
    kind: 'event',
    id,
    districts: e.districts ?? scenario.districts.map((d) => d.id),
    scale: 1,
    participation: 'none',
    effect: 1,
    firstYear: year,
    lastYear: year + e.duration - 1,
  };
}

function durationOf(iv: Intervention): number {
  return iv.lastYear - iv.firstYear + 1;
}

/** Flats a stock effect moves in one district this year: its total spread over the duration, shared by flats. */
function stockShare(state: ModelState, iv: Intervention, effect: Effect, districtId: string): number {
  const perYear = (effect.amount * iv.scale) / durationOf(iv);
  if (iv.kind === 'event' || iv.districts.length <= 1) return perYear;
  const all = iv.districts.reduce((sum, id) => sum + totalFlats(state.districts[id]!), 0);
  return all > 0 ? (perYear * totalFlats(state.districts[districtId]!)) / all : 0;
}

/** The districts an intervention can change this year; undefined when a demolition may rehouse tenants anywhere. */
export function reachOf(scenario: Scenario, iv: Intervention, year: number): readonly string[] | undefined {
  const demolishes = effectsOf(scenario, iv).some((e) => e.target === 'demolish' && strength(iv, e, year) === 1);
  return demolishes ? undefined : iv.districts;
}

/** Whether an intervention acts at all this year (in force, or lingering). */
function actsIn(scenario: Scenario, iv: Intervention, year: number): boolean {
  return effectsOf(scenario, iv).some((e) => strength(iv, e, year) > 0);
}

/**
 * For each intervention acting this year, how many earlier-started instances of the same card or event act in one
 * of its districts at the same time: its effects on states and attractiveness are weakened by repeatEffect that often.
 */
export function repeatRanks(scenario: Scenario, interventions: readonly Intervention[], year: number): Map<Intervention, number> {
  const ranks = new Map<Intervention, number>();
  const seen = new Map<string, Intervention[]>();
  for (const iv of interventions) {
    if (!actsIn(scenario, iv, year)) continue;
    const key = `${iv.kind}:${iv.id}`;
    const earlier = seen.get(key) ?? [];
    ranks.set(iv, earlier.filter((e) => e.districts.some((d) => iv.districts.includes(d))).length);
    earlier.push(iv);
    seen.set(key, earlier);
  }
  return ranks;
}

/**
 * How much of a push on a district state acts: all of it while the state is at least its headroom away from the
 * limit the push heads for, in proportion to the distance left when it is closer.
 */
export function headroomFactor(p: ModelParameters, target: StateId, value: number, push: number): number {
  const knee = p.headroom[target];
  if (knee <= 0 || push === 0) return 1;
  const room = push > 0 ? 1 - value : value;
  return room >= knee ? 1 : Math.max(0, room) / knee;
}

/** Applies this year's effects of one intervention on the stock and the district states; `rank` counts same-card instances acting before it. */
export function applyIntervention(scenario: Scenario, state: ModelState, iv: Intervention, year: number, rank = 0): void {
  const p = scenario.parameters;
  const multiplier = p.participationEffect[iv.participation] * iv.effect * powInt(p.repeatEffect, rank);
  for (const effect of effectsOf(scenario, iv)) {
    const s = strength(iv, effect, year);
    if (s <= 0) continue;
    for (const id of iv.districts) {
      const d = state.districts[id];
      if (!d) continue;
      if (isState(effect.target)) {
        const push = effect.amount * iv.scale * s * multiplier;
        const value = d.states[effect.target];
        d.states[effect.target] = clamp01(value + push * headroomFactor(p, effect.target, value, push));
      } else if (isStock(effect.target) && s === 1) {
        const n = stockShare(state, iv, effect, id);
        if (effect.target === 'renovate') renovate(d, n);
        else if (effect.target === 'build') build(d, n);
        else demolish(scenario, state, id, n);
      }
    }
  }
  const trustGain = p.participationTrust[iv.participation];
  if (trustGain > 0 && year >= iv.firstYear && year <= iv.lastYear) {
    for (const id of iv.districts) {
      const d = state.districts[id];
      if (d) d.states.trust = clamp01(d.states.trust + trustGain * headroomFactor(p, 'trust', d.states.trust, trustGain));
    }
  }
}

/** A measure passed against the residents' opposition costs trust where it is placed, at once. */
export function oppositionTrustLoss(scenario: Scenario, state: ModelState, iv: Intervention): void {
  for (const id of iv.districts) {
    const d = state.districts[id];
    if (d) d.states.trust = clamp01(d.states.trust - scenario.parameters.oppositionTrustLoss);
  }
}

/** Shifts that measures and events put on migration and the economy this year. */
export interface Modifiers {
  /** Extra attractiveness by district, then by household class. */
  attractiveness: Record<string, Record<string, number>>;
  /** Extra pull of the rest of the city, by household class. */
  cityPull: Record<string, number>;
  regionalUnemployment: number;
}

/** Collects the attractiveness, city-pull and regional-economy shifts of all interventions in force. */
export function collectModifiers(scenario: Scenario, state: ModelState, year: number, ranks?: ReadonlyMap<Intervention, number>): Modifiers {
  const classes = scenario.householdClasses.map((c) => c.id);
  const mods: Modifiers = { attractiveness: {}, cityPull: {}, regionalUnemployment: 0 };
  for (const iv of state.interventions) {
    const multiplier = scenario.parameters.participationEffect[iv.participation] * iv.effect;
    const repeated = powInt(scenario.parameters.repeatEffect, ranks?.get(iv) ?? 0);
    for (const effect of effectsOf(scenario, iv)) {
      const size = effect.amount * iv.scale * strength(iv, effect, year);
      if (size === 0) continue;
      const affected = effect.classes ?? classes;
      if (effect.target === 'regionalUnemployment') mods.regionalUnemployment += size;
      if (effect.target === 'cityPull') for (const c of affected) mods.cityPull[c] = (mods.cityPull[c] ?? 0) + size;
      if (effect.target === 'attractiveness') {
        for (const id of iv.districts) {
          const byClass = (mods.attractiveness[id] ??= {});
          // Forces outside add up; a district's attractiveness, like its states, gains less from repetition.
          for (const c of affected) byClass[c] = (byClass[c] ?? 0) + size * multiplier * repeated;
        }
      }
    }
  }
  return mods;
}
