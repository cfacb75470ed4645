/** The game and the same seed with no measures, explained: worked out once per game, as coming back to the debrief should not run them again. */
import { rulesFor } from '../../rules/legacy';
import { noMeasuresComparison, type ComparedRuns } from '../../rules/noMeasuresComparison';
import type { LiveSession } from '../../rules/session';
import type { GameState } from '../../rules/types';
import type { Scenario } from '../../scenario/schema';

const compared = new WeakMap<GameState, ComparedRuns | null>();

/** Both runs' explanations under the rules the session plays by; undefined when the game's years cannot be explained again. */
export function comparedRuns(scenario: Scenario, live: LiveSession): ComparedRuns | undefined {
  let runs = compared.get(live.state);
  if (runs === undefined) compared.set(live.state, (runs = noMeasuresComparison(rulesFor(scenario, live.session), live) ?? null));
  return runs ?? undefined;
}
