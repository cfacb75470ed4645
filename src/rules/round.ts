/**
 * The model years of one round. The first year starts the measures decided and the events the table saw; each further
 * year draws its own news and runs on with the measures already running. The years' explanations add up to the round's.
 */
import type { Scenario } from '../scenario/schema';
import { sumExplanations, type Explanation } from '../sim/explain';
import type { Decision } from '../sim/interventions';
import { newsOfYear } from '../sim/news';
import type { ModelState } from '../sim/state';
import { advanceYear } from '../sim/step';

export interface RoundResult {
  state: ModelState;
  /** The events of each further year of the round, drawn as it runs; empty for one-year rounds. */
  later: { year: number; events: string[] }[];
  explanation?: Explanation;
}

export function runRound(
  scenario: Scenario,
  model: ModelState,
  input: { decisions: readonly Decision[]; events: readonly string[] },
  options: { explain?: boolean } = {},
): RoundResult {
  let result = advanceYear(scenario, model, input, options);
  let explanation = result.explanation;
  const later: RoundResult['later'] = [];
  for (let y = 1; y < scenario.time.turnLength; y++) {
    const news = newsOfYear(scenario, result.state);
    result = advanceYear(scenario, news.state, { decisions: [], events: news.events }, options);
    later.push({ year: result.state.year, events: news.events });
    explanation = explanation && result.explanation && sumExplanations(explanation, result.explanation);
  }
  return { state: result.state, later, ...(explanation && { explanation }) };
}
