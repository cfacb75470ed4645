/** Seats for computer-played games: one stance for every role, or `mixed`, each role's default. */
import { defaultSeats } from '../rules/game';
import type { Stance } from '../rules/types';
import type { Scenario } from '../scenario/schema';

export const STANCE_CHOICES = ['cooperative', 'pragmatic', 'sectoral', 'mixed'] as const;
export type StanceChoice = (typeof STANCE_CHOICES)[number];

export function botSeats(scenario: Scenario, stance: StanceChoice) {
  return defaultSeats(scenario, 'bot', stance === 'mixed' ? undefined : (stance as Stance));
}
