/**
 * Why each indicator changed in a simulated year. Derived from the game, never part of its state: the state is hashed
 * and saved, and must not depend on whether anybody asked. A simulation that explains its year files the explanation
 * here; otherwise it is worked out on demand by running the year again from its start, which gives the same year.
 */
import type { Scenario } from '../scenario/schema';
import type { Explanation } from '../sim/explain';
import { modelDecisions } from './modelDecisions';
import { runRound } from './round';
import type { LiveSession } from './session';
import type { YearRecord } from './types';

/** Explanations by the record of the year they explain: a record is made once, by the simulation of its year. */
const explained = new WeakMap<YearRecord, Explanation>();

/** Keeps the explanation the simulation of a year worked out, for whoever asks. */
export function fileExplanation(record: YearRecord, explanation: Explanation): void {
  explained.set(record, explanation);
}

/** The explanation of a year as its simulation filed it; undefined when the year was simulated without explanations. */
export function filedExplanation(record: YearRecord): Explanation | undefined {
  return explained.get(record);
}

/**
 * Why each indicator changed in the last simulated year (the review's and the next situation's change); undefined
 * before the first simulation. `scenario` is the one the session plays under (legacy.ts `rulesFor`).
 */
export function lastExplanation(scenario: Scenario, live: Pick<LiveSession, 'state' | 'yearStarts'>): Explanation | undefined {
  const record = live.state.history.at(-1);
  return record && roundExplanation(scenario, live, record);
}

/** Why each indicator changed in the round a record of the session's history files; `scenario` as for lastExplanation. */
export function roundExplanation(scenario: Scenario, live: Pick<LiveSession, 'yearStarts'>, record: YearRecord): Explanation | undefined {
  const known = explained.get(record);
  if (known) return known;
  // The model changes only at the news and in the simulation, so the year's start holds the model the year began with.
  const start = live.yearStarts.find((s) => s.year === record.year);
  if (!start) return undefined;
  // The further years of a round draw their news from the model's generator, so running the round again draws them again.
  const { explanation } = runRound(scenario, start.state.model, { decisions: modelDecisions(scenario, record.proposals), events: record.events });
  if (explanation) explained.set(record, explanation);
  return explanation;
}
