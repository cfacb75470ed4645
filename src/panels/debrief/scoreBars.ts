/** Each role's total split into what its objectives and its profile contributed, so the two can be compared with the shared score. */
import type { Scores } from '../../rules/scoring';
import type { Scenario } from '../../scenario/schema';

export interface ScoreBar {
  role: string;
  objectives: number;
  profile: number;
  /** How much the role cares about profile (0–1). */
  weight: number;
  /** The weighted parts; they add up to the total. */
  objectivePart: number;
  profilePart: number;
  total: number;
}

/** One bar per role, in the scenario's order. */
export function scoreBars(scenario: Scenario, scores: Scores): ScoreBar[] {
  return scenario.roles.flatMap((r) => {
    const s = scores.roles[r.id];
    if (!s) return [];
    return [{ role: r.id, objectives: s.objectives, profile: s.profile, weight: r.profile, objectivePart: (1 - r.profile) * s.objectives, profilePart: r.profile * s.profile, total: s.total }];
  });
}

/** The parts and the total in whole points as the table shows them: the profile part takes up the rounding, so the shown parts add up to the shown total. */
export function shownParts(bar: Pick<ScoreBar, 'objectivePart' | 'total'>): { objectivePart: number; profilePart: number; total: number } {
  const objectivePart = Math.round(bar.objectivePart);
  const total = Math.round(bar.total);
  return { objectivePart, profilePart: total - objectivePart, total };
}

export interface Segments {
  objectives: [number, number];
  profile: [number, number];
}

/** Where the two parts lie on the value axis: objectives from zero (left when negative), profile stacked after a positive objective part. */
export function segments(bar: Pick<ScoreBar, 'objectivePart' | 'profilePart'>): Segments {
  const o = bar.objectivePart;
  const start = Math.max(0, o);
  return { objectives: [Math.min(0, o), Math.max(0, o)], profile: [start, start + bar.profilePart] };
}

/** The span every bar and the shared score fit in, zero included. */
export function scoreRange(bars: readonly ScoreBar[], shared: number): [number, number] {
  const ends = bars.flatMap((b) => {
    const s = segments(b);
    return [s.objectives[0], s.profile[1]];
  });
  return [Math.min(0, shared, ...ends), Math.max(0, shared, ...ends)];
}
