/** The integrated action concept as a document: which components each round covered, by whose staff hours or by which cards, and the programme money it opened. */
import { validComponents, workCovers } from '../../rules/concept';
import { roundEnd } from '../../rules/gameLength';
import type { Action, ConceptState } from '../../rules/types';
import { CONCEPT_COMPONENTS, type ConceptComponent, type Scenario } from '../../scenario/schema';
import { entriesOfYear, type PlayedSession } from './decisionLog';

/** A round's work on one component. */
export interface ConceptWork {
  year: number;
  /** The last model year the round covers. */
  until: number;
  /** Staff hours put in, by role. */
  hours: Record<string, number>;
  /** Passed cards that cover the component (by measure id, each once). */
  cards: string[];
  /** Whether the round's work or cards covered it. */
  covered: boolean;
}

/** One component of the concept over the game. */
export interface ConceptRow {
  component: ConceptComponent;
  /** Rounds with staff hours or cards on the component, in order. */
  work: ConceptWork[];
  /** Staff hours over the game, by role, in the scenario's order of roles. */
  hours: Record<string, number>;
  /** At the end: still counting, out of date, or never covered. */
  status: 'valid' | 'lapsed' | 'never';
}

/** What a programme paid per round, and the coverage it asks for. */
export interface ProgrammeRow {
  programme: string;
  /** Share of the nine components needed before its money flows. */
  needs: number;
  /** Money by round, rounds without money left out. */
  money: { year: number; until: number; money: number }[];
  total: number;
}

export interface ConceptDocument {
  rows: ConceptRow[];
  /** The share of components that counted in each round. */
  coverage: { year: number; until: number; coverage: number }[];
  programmes: ProgrammeRow[];
}

type ConceptAction = Extract<Action, { type: 'concept' }>;

/** Staff hours a round put into each component, by role, from the session log. */
function effortOfRound(live: PlayedSession, year: number): ConceptState['effort'] {
  const effort: ConceptState['effort'] = {};
  for (const { action } of entriesOfYear(live, year)) {
    if (action.type !== 'concept') continue;
    const { component, role, staffTime } = action as ConceptAction;
    const byRole = (effort[component] ??= {});
    byRole[role] = (byRole[role] ?? 0) + staffTime;
  }
  return effort;
}

/** The concept document of a played game, rebuilt round by round as the rules close each concept year (rules/concept.ts). */
export function conceptDocument(scenario: Scenario, live: PlayedSession): ConceptDocument {
  const roleOrder = scenario.roles.map((r) => r.id);
  const valid = validComponents(scenario, live.state.concept, live.state.year);
  const statusOf = (c: ConceptComponent): ConceptRow['status'] => (valid.includes(c) ? 'valid' : live.state.concept.covered[c] === undefined ? 'never' : 'lapsed');
  const rows: ConceptRow[] = CONCEPT_COMPONENTS.map((component) => ({ component, work: [], hours: {}, status: statusOf(component) }));
  for (const record of live.state.history) {
    const effort = effortOfRound(live, record.year);
    const concept: ConceptState = { effort, covered: {} };
    const passed = record.proposals.filter((p) => p.verdict === 'passed');
    for (const row of rows) {
      const hours = effort[row.component] ?? {};
      const cards = [...new Set(passed.filter((p) => scenario.measures.find((m) => m.id === p.measure)?.concept.includes(row.component)).map((p) => p.measure))];
      if (Object.keys(hours).length === 0 && cards.length === 0) continue;
      const covered = workCovers(scenario, concept, row.component) || cards.length > 0;
      row.work.push({ year: record.year, until: roundEnd(scenario, record.year), hours, cards, covered });
      for (const [role, h] of Object.entries(hours)) row.hours[role] = (row.hours[role] ?? 0) + h;
    }
  }
  for (const row of rows) row.hours = Object.fromEntries(roleOrder.filter((r) => row.hours[r] !== undefined).map((r) => [r, row.hours[r]!]));
  const programmes = scenario.programmes.map((p): ProgrammeRow => {
    const money = live.state.history.map((record) => ({ year: record.year, until: roundEnd(scenario, record.year), money: record.programmeMoney[p.id] ?? 0 })).filter((m) => m.money > 0);
    return { programme: p.id, needs: p.requires.actionConcept, money, total: money.reduce((a, m) => a + m.money, 0) };
  });
  return { rows, coverage: live.state.history.map((r) => ({ year: r.year, until: roundEnd(scenario, r.year), coverage: r.conceptCoverage })), programmes };
}
