/** Scores: each role's objectives and profile, and the shared neighbourhood score; profile and common good pull apart. */
import type { IndicatorId, Scenario } from '../scenario/schema';
import { lowIncomeClasses, neighbourhoodIndicators, type Indicators } from '../sim/indicators';
import { initialState } from '../sim/state';
import type { GameState } from './types';

const COUNTS: readonly IndicatorId[] = ['population', 'households', 'flats'];
/** Profile points for a passed measure under one's own lead, and for paying into another's. */
export const LEAD_CREDIT = 10;
export const PARTNER_CREDIT = 3;

/** How far one indicator moved since the start, in points: shares in percentage points, counts in percent. */
export function indicatorPoints(id: IndicatorId, start: Indicators, now: Indicators): number {
  const change = COUNTS.includes(id) ? (start[id] > 0 ? now[id] / start[id] - 1 : 0) : now[id] - start[id];
  return change * 100;
}

/** Points for how far indicators moved since the start, weighted. */
export function objectivePoints(weights: Partial<Record<IndicatorId, number>>, start: Indicators, now: Indicators): number {
  let points = 0;
  for (const [id, w] of Object.entries(weights) as [IndicatorId, number][]) points += w * indicatorPoints(id, start, now);
  return points;
}

export interface RoleScore {
  objectives: number;
  profile: number;
  total: number;
}

export interface Scores {
  roles: Record<string, RoleScore>;
  shared: number;
}

/** The neighbourhood's indicators before the first turn. */
export function startIndicators(scenario: Scenario): Indicators {
  return neighbourhoodIndicators(initialState(scenario, 0), lowIncomeClasses(scenario));
}

/** The shared score of the neighbourhood's indicators: how far the shared objectives moved since the start. */
export function sharedScore(scenario: Scenario, now: Indicators, start = startIndicators(scenario)): number {
  return objectivePoints(scenario.sharedObjectives, start, now);
}

/** Scores now: a role's total weighs its objectives against its profile by how much it cares about credit. */
export function scores(scenario: Scenario, state: GameState, start = startIndicators(scenario)): Scores {
  const now = neighbourhoodIndicators(state.model, lowIncomeClasses(scenario));
  const roles: Record<string, RoleScore> = {};
  for (const r of scenario.roles) {
    const objectives = objectivePoints(r.objectives, start, now);
    const c = state.credit[r.id] ?? { led: 0, joined: 0 };
    const profile = c.led * LEAD_CREDIT + c.joined * PARTNER_CREDIT;
    roles[r.id] = { objectives, profile, total: (1 - r.profile) * objectives + r.profile * profile };
  }
  return { roles, shared: sharedScore(scenario, now, start) };
}
