/** Seats for computer-played games: one stance for every role, or `mixed`, each role's default; and the decision rules. */
import { stanceSeats } from '../bots/stanceGame';
import type { DecisionRule } from '../rules/types';
import type { Scenario } from '../scenario/schema';

export const STANCE_CHOICES = ['cooperative', 'pragmatic', 'sectoral', 'sceptical', 'mixed'] as const;
export const RULE_CHOICES = ['consent', 'majority', 'dots'] as const;
export type StanceChoice = (typeof STANCE_CHOICES)[number];

/** Why the scenario cannot be played under this rule, if it cannot: only the rules it offers may be chosen. */
export function offeredRule(scenario: Scenario, rule: DecisionRule | undefined): string | undefined {
  if (rule === undefined || scenario.decision.options.includes(rule)) return undefined;
  return `--rule ${rule}: this scenario offers only ${scenario.decision.options.join(', ')}`;
}

export function botSeats(scenario: Scenario, stance: StanceChoice) {
  return stanceSeats(scenario, stance);
}
