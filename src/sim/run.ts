/** Runs the model over the years with a fixed plan of decisions: no decisions, or a scenario's reference play. */
import type { Scenario } from '../scenario/schema';
import type { Explanation } from './explain';
import type { Decision } from './interventions';
import { newsOfYear } from './news';
import { initialState, type ModelState } from './state';
import { advanceYear } from './step';

/** Decisions by year. */
export type Plan = ReadonlyMap<number, readonly Decision[]>;

export interface YearRecord {
  year: number;
  state: ModelState;
  events: string[];
  decisions: readonly Decision[];
  /** Absent for the start state. */
  explanation?: Explanation;
}

/** The decisions of a reference play, by year; undefined when the scenario has no such play. */
export function referencePlan(scenario: Scenario, referenceId: string): Plan | undefined {
  const reference = scenario.references.find((r) => r.id === referenceId);
  if (!reference) return undefined;
  const plan = new Map<number, Decision[]>();
  for (const d of reference.decisions) {
    const list = plan.get(d.year) ?? [];
    list.push({ measure: d.measure, district: d.district, scale: d.scale });
    plan.set(d.year, list);
  }
  return plan;
}

/** The start state and one record per year played; batch runs may skip the explanations. */
export function runPlan(
  scenario: Scenario,
  seed: number | string,
  plan: Plan,
  years = scenario.time.turns * scenario.time.turnLength,
  options: { explain?: boolean } = {},
): YearRecord[] {
  let state = initialState(scenario, seed);
  const records: YearRecord[] = [{ year: state.year, state, events: [], decisions: [] }];
  for (let t = 0; t < years; t++) {
    const news = newsOfYear(scenario, state);
    const decisions = plan.get(news.state.year + 1) ?? [];
    const result = advanceYear(scenario, news.state, { decisions, events: news.events }, options);
    state = result.state;
    records.push({ year: state.year, state, events: news.events, decisions, explanation: result.explanation });
  }
  return records;
}
