/**
 * How long a room needs for a game, estimated from what it does in a round. The figures come from play: a room read and
 * discussed 25 cards in 30–45 minutes (issue 11), about 1.5 minutes a card; the other phases of a round (news,
 * situation, briefings, the vote, the review) take about 10 minutes when the facilitator keeps them short.
 */
import type { GameTime } from '../../rules/gameLength';
import type { Scenario } from '../../scenario/schema';

export const MINUTES_PER_CARD = 1.5;
export const MINUTES_PER_ROUND = 10;
/** Welcome, roles handed out, the first briefing read. */
export const MINUTES_TO_BEGIN = 15;
/** What a workshop has for play; the debrief comes after it. */
export const WORKSHOP_MINUTES = 180;

/** Cards a round puts on the table: people table up to the cap, computer roles one each when people play (bots/tabling.ts). */
export function cardsPerRound(scenario: Scenario, people: number): number {
  const cap = scenario.decision.cardsPerRole;
  const computers = scenario.roles.length - people;
  return people * cap + computers * (people > 0 ? 1 : cap);
}

/** Minutes for one round with this many cards on the table. */
export function roundMinutes(cards: number): number {
  return MINUTES_PER_ROUND + MINUTES_PER_CARD * cards;
}

/** Minutes of play for a whole game at this length, with this many roles played by people. */
export function gameMinutes(scenario: Scenario, time: GameTime, people: number): number {
  return MINUTES_TO_BEGIN + time.turns * roundMinutes(cardsPerRound(scenario, people));
}
