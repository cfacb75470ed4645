/** The last simulated year as the situation and review show it: the state before and after, and why each indicator changed. */
import { lastExplanation } from '../../rules/explanations';
import { rulesFor } from '../../rules/legacy';
import type { LiveSession } from '../../rules/session';
import type { Scenario } from '../../scenario/schema';
import type { Changes, Explanation } from '../../sim/explain';
import { districtIndicators, lowIncomeClasses, neighbourhoodIndicators, type Indicators } from '../../sim/indicators';
import type { ModelState } from '../../sim/state';

export interface YearChange {
  /** The year that was simulated. */
  year: number;
  before: ModelState;
  after: ModelState;
  explanation?: Explanation;
}

/** Phases that come after this year's simulation: the change shown is this year's. */
const AFTER_SIMULATION = new Set(['simulation', 'review', 'debrief']);

/** The year that was last simulated, in the game of `scenario` as loaded; undefined before the first simulation of the game. */
export function lastYearChange(scenario: Scenario, live: LiveSession): YearChange | undefined {
  const { state, yearStarts } = live;
  const current = yearStarts.find((s) => s.year === state.year);
  if (!current) return undefined;
  const explanation = lastExplanation(rulesFor(scenario, live.session), live);
  const why = explanation && { explanation };
  if (AFTER_SIMULATION.has(state.phase)) return { year: state.year, before: current.state.model, after: state.model, ...why };
  // The round before this one, however many years a round covers.
  const previous = yearStarts[yearStarts.indexOf(current) - 1];
  if (!previous || current.index === 0) return undefined;
  return { year: previous.year, before: previous.state.model, after: state.model, ...why };
}

/** Indicators of the neighbourhood or one district; undefined district means the whole neighbourhood. */
export function indicatorsOf(scenario: Scenario, model: ModelState, district: string | null): Indicators {
  const low = lowIncomeClasses(scenario);
  const d = district ? model.districts[district] : undefined;
  return d ? districtIndicators(d, low) : neighbourhoodIndicators(model, low);
}

/** The changes booked for the neighbourhood or for one district. */
export function changesOf(change: YearChange | undefined, district: string | null): Changes | undefined {
  if (!change?.explanation) return undefined;
  return district ? change.explanation.districts[district] : change.explanation.neighbourhood;
}
