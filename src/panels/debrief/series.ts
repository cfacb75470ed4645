/**
 * The lines of the debrief charts: the group's game beside the same seed without measures and the historical play,
 * and the reference games the computer plays for the same seed (see references.ts), which come later.
 */
import type { LiveSession } from '../../rules/session';
import { modelTimeline } from '../../rules/timeline';
import type { IndicatorId, LocalText, Scenario } from '../../scenario/schema';
import { yearRows, type YearRow } from '../../sim/report';
import { referencePlan, runPlan } from '../../sim/run';

/** The computer's reference games: one stance in every seat. */
export const REFERENCE_STANCES = ['cooperative', 'sectoral'] as const;
export type ReferenceId = (typeof REFERENCE_STANCES)[number];
/** Other games of the same family (what-if branches and their original) chosen for comparison, in the order chosen. */
export const COMPARED = ['compare1', 'compare2', 'compare3'] as const;
export type ComparedId = (typeof COMPARED)[number];
export type PlayId = 'game' | 'none' | 'history' | ReferenceId | ComparedId;

export interface Play {
  id: PlayId;
  rows: readonly YearRow[];
  /** The play's own name, for games of the family (debrief/family.ts); the others are named by their id. */
  name?: LocalText;
}

export interface Point {
  year: number;
  value: number;
}

export interface Series {
  play: PlayId;
  name?: LocalText;
  points: Point[];
}

/** One line per play: an indicator of the whole neighbourhood (district null) or of one district, year by year. */
export function seriesOf(plays: readonly Play[], indicator: IndicatorId, district: string | null): Series[] {
  return plays.map((play) => ({
    play: play.id,
    ...(play.name && { name: play.name }),
    points: play.rows.flatMap((row) => {
      const values = district === null ? row.indicators : row.districts[district];
      return values ? [{ year: row.year, value: values[indicator] }] : [];
    }),
  }));
}

/** The smallest and largest year and value over all lines. */
export function extent(series: readonly Series[]): { years: [number, number]; values: [number, number] } | undefined {
  const points = series.flatMap((s) => s.points);
  if (points.length === 0) return undefined;
  const years = points.map((p) => p.year);
  const values = points.map((p) => p.value);
  return { years: [Math.min(...years), Math.max(...years)], values: [Math.min(...values), Math.max(...values)] };
}

const comparisons = new WeakMap<Scenario, Map<number, Play[]>>();
const games = new WeakMap<LiveSession['state'], Play>();

/** The same seed with no measures, and the scenario's `history` play when it has one; run once per scenario and seed. */
function comparisonPlays(scenario: Scenario, seed: number): Play[] {
  const bySeed = comparisons.get(scenario) ?? new Map<number, Play[]>();
  comparisons.set(scenario, bySeed);
  const known = bySeed.get(seed);
  if (known) return known;
  const history = referencePlan(scenario, 'history');
  const plays: Play[] = [{ id: 'none', rows: yearRows(scenario, runPlan(scenario, seed, new Map())) }];
  if (history) plays.push({ id: 'history', rows: yearRows(scenario, runPlan(scenario, seed, history)) });
  bySeed.set(seed, plays);
  return plays;
}

/** The group's game first, then the comparisons; results are kept (a pure cache), so showing the debrief again does not run them again. */
export function playsOf(scenario: Scenario, live: LiveSession): Play[] {
  const game = games.get(live.state) ?? { id: 'game' as const, rows: yearRows(scenario, modelTimeline(live)) };
  games.set(live.state, game);
  return [game, ...comparisonPlays(scenario, live.session.seed)];
}
