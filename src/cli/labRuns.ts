/** One run of a lab batch: a whole bot game for a stance and seed, and the figures the CSV and the summary need. */
import { playStanceGame } from '../bots/stanceGame';
import { withTime, type GameTime } from '../rules/gameLength';
import { scores } from '../rules/scoring';
import type { DecisionRule, Stance, YearRecord } from '../rules/types';
import type { Scenario } from '../scenario/schema';
import { lowIncomeClasses, neighbourhoodIndicators } from '../sim/indicators';
import { STANCE_CHOICES } from './seats';

/** Stances a batch may be played with: those of `play`, and `none`, where nobody acts (no measures at all). */
export const LAB_STANCES = [...STANCE_CHOICES, 'none'] as const;
export type LabStance = (typeof LAB_STANCES)[number];
/** Final indicators written for every run. */
export const OUTCOMES = ['population', 'vacancy', 'renovatedShare', 'vandalism', 'image', 'cohesion', 'trust', 'unemployment', 'lowIncomeShare'] as const;

/** What every run of a batch shares: per-seat stances put over the batch's stance, and the decision rule. */
export interface BatchSettings {
  seats: Record<string, Stance>;
  rule?: DecisionRule;
  /** Roles seated as people, played by stand-ins of their stance (lab --people): the pace of a game with people. */
  people?: string[];
  /** The length of play; the file's own when absent. */
  time?: GameTime;
}

/** One game to play: the batch's stance and the seed. */
export interface Task {
  stance: LabStance;
  seed: number;
}

export interface Run extends Task {
  outcomes: Record<(typeof OUTCOMES)[number], number>;
  /** Rounds played (today a round is one year). */
  rounds: number;
  tabled: number;
  passed: number;
  /** Cards tabled and passed over the game, by the role that tabled them. */
  tabledBy: Record<string, number>;
  passedBy: Record<string, number>;
  programmeMoney: number;
  roleScores: Record<string, number>;
  shared: number;
}

/** Cards tabled, and of them passed, by the role that tabled them (every role listed). */
function cardsBy(scenario: Scenario, history: readonly YearRecord[], passedOnly: boolean): Record<string, number> {
  const by: Record<string, number> = Object.fromEntries(scenario.roles.map((r) => [r.id, 0]));
  for (const y of history) for (const p of y.proposals) if (!passedOnly || p.verdict === 'passed') by[p.tabledBy] = (by[p.tabledBy] ?? 0) + 1;
  return by;
}

/** Plays one game of a batch. */
export function playRun(file: Scenario, { stance, seed }: Task, settings: BatchSettings): Run {
  const scenario = withTime(file, settings.time);
  const live = playStanceGame(scenario, stance, seed, settings);
  const ind = neighbourhoodIndicators(live.state.model, lowIncomeClasses(scenario));
  const s = scores(scenario, live.state);
  const history = live.state.history;
  return {
    seed,
    stance,
    outcomes: Object.fromEntries(OUTCOMES.map((k) => [k, ind[k]])) as Run['outcomes'],
    rounds: history.length,
    tabled: history.reduce((n, y) => n + y.proposals.length, 0),
    passed: history.reduce((n, y) => n + y.proposals.filter((p) => p.verdict === 'passed').length, 0),
    tabledBy: cardsBy(scenario, history, false),
    passedBy: cardsBy(scenario, history, true),
    programmeMoney: history.reduce((n, y) => n + Object.values(y.programmeMoney).reduce((a, b) => a + b, 0), 0),
    roleScores: Object.fromEntries(scenario.roles.map((r) => [r.id, s.roles[r.id]!.total])),
    shared: s.shared,
  };
}
