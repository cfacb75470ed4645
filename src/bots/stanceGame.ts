/**
 * A whole game the computer plays with one stance in every seat, as the lab's runs and the debrief's reference games
 * play it: the same seats and options for both, so a lab run and the line beside the group's game are the same game.
 */
import { defaultSeats } from '../rules/game';
import type { LiveSession } from '../rules/session';
import type { DecisionRule, Seat, Stance } from '../rules/types';
import type { Scenario } from '../scenario/schema';
import { botGameSteps, playStandInGame, toTheEnd } from './autoplay';

/** One stance in every seat, `mixed` for each role's default, or `none`: every seat left to people, so nobody acts. */
export type SeatStance = Stance | 'mixed' | 'none';

export interface StanceGameSettings {
  /** Per-seat stances put over the game's stance. */
  seats?: Record<string, Stance>;
  rule?: DecisionRule;
  /** Roles seated as people, played by stand-ins of their stance (lab --people). */
  people?: readonly string[];
}

/** The seats: the stance for every role (nobody for `none`), then the per-seat overrides, then the people's seats. */
export function stanceSeats(scenario: Scenario, stance: SeatStance, overrides: Record<string, Stance> = {}, people: readonly string[] = []): Record<string, Seat> {
  const seats = stance === 'none' ? defaultSeats(scenario, 'human') : defaultSeats(scenario, 'bot', stance === 'mixed' ? undefined : stance);
  for (const [role, s] of Object.entries(overrides)) seats[role] = { controller: 'bot', stance: s };
  for (const role of people) seats[role] = { ...seats[role]!, controller: 'human' };
  return seats;
}

/** The game played step by step (see `botGameSteps`); with people's seats, played by stand-ins, in one step. */
export function* stanceGameSteps(scenario: Scenario, stance: SeatStance, seed: number, settings: StanceGameSettings = {}): Generator<void, LiveSession> {
  const { rule } = settings;
  // Under `none` nobody acts, people's seats included.
  const people = stance === 'none' ? [] : (settings.people ?? []);
  const seats = stanceSeats(scenario, stance, settings.seats, people);
  const options = { explain: false, ...(rule && { rule }) };
  if (people.length > 0) return playStandInGame(scenario, seed, seats, people, options);
  return yield* botGameSteps(scenario, seed, seats, options);
}

/** The whole game at once. */
export function playStanceGame(scenario: Scenario, stance: SeatStance, seed: number, settings: StanceGameSettings = {}): LiveSession {
  return toTheEnd(stanceGameSteps(scenario, stance, seed, settings));
}
