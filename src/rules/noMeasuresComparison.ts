/**
 * The game beside the same seed with no measures, as explanations: both begin in the same state, so the causes of their
 * changes explain why the game ended apart from no measures (sim/causeBreakdown.ts).
 */
import type { Explanation } from '../sim/explain';
import { runPlan } from '../sim/run';
import type { ModelState } from '../sim/state';
import type { Scenario } from '../scenario/schema';
import { roundExplanation } from './explanations';
import type { LiveSession } from './session';

export interface ComparedRuns {
  /** One explanation per round the game played (a round of several years sums its years). */
  game: Explanation[];
  /** One explanation per year of the same seed with no measures, over the same years. */
  none: Explanation[];
  /** The model at the end of the no-measures run. */
  noneEnd: ModelState;
}

/**
 * The explanations of the game's rounds and of the no-measures run over the years the game has played; undefined when
 * a round cannot be explained again (its start is not in the session). `scenario`: the one the session plays under
 * (legacy.ts `rulesFor`), so both runs follow the same rules.
 */
export function noMeasuresComparison(scenario: Scenario, live: Pick<LiveSession, 'session' | 'state' | 'yearStarts'>): ComparedRuns | undefined {
  const game: Explanation[] = [];
  for (const record of live.state.history) {
    const explanation = roundExplanation(scenario, live, record);
    if (!explanation) return undefined;
    game.push(explanation);
  }
  const years = live.state.model.year - live.yearStarts[0]!.state.model.year;
  const none = runPlan(scenario, live.session.seed, new Map(), years, { explain: true });
  return { game, none: none.slice(1).map((r) => r.explanation!), noneEnd: none.at(-1)!.state };
}
