/** The reference games of a seed: the computer plays the group's game with one stance in every seat, in a worker or in slices on the page. */
import { stanceGameSteps } from '../../bots/stanceGame';
import { withTime, type GameTime } from '../../rules/gameLength';
import { modelTimeline } from '../../rules/timeline';
import { scores, type Scores } from '../../rules/scoring';
import type { DecisionRule } from '../../rules/types';
import type { Scenario } from '../../scenario/schema';
import { yearRows } from '../../sim/report';
import { REFERENCE_STANCES, type Play, type ReferenceId } from './series';

/** What the games are played from: plain data a worker can be sent. */
export interface ReferenceWork {
  /** The scenario as its file defines it; `time` is the length the group played it at (none: the file's own). */
  scenario: Scenario;
  time?: GameTime;
  seed: number;
  rule: DecisionRule;
}

/** A finished reference game: its year rows for the charts and its final scores for the Scores section. */
export interface ReferenceGame extends Play {
  id: ReferenceId;
  scores: Scores;
}

/** The games one after another, pausing after every facilitator's step; `played` hears each game as it ends. */
export function* referenceSteps(work: ReferenceWork, played: (game: ReferenceGame) => void): Generator<void, void> {
  const scenario = withTime(work.scenario, work.time);
  for (const stance of REFERENCE_STANCES) {
    const live = yield* stanceGameSteps(scenario, stance, work.seed, { rule: work.rule });
    played({ id: stance, rows: yearRows(scenario, modelTimeline(live)), scores: scores(scenario, live.state) });
  }
}
