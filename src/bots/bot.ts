/** A computer-controlled role: its moves for the current phase, each with the one-line reason it gives (reasons.ts). */
import type { Action, Reason, Stance } from '../rules/types';
import type { RoleView } from '../rules/view';
import type { Rng } from '../sim/rng';
import type { BotCache } from './cache';
import { contextOf } from './context';
import { promiseAnswer } from './answers';
import { tableOf } from './financing';
import { negotiationAnswers, negotiationMoves } from './pledging';
import { tablingMoves } from './tabling';
import { decisionMoves } from './voting';

/** The uniform draws a bot makes (from the session's generator, derived per decision). */
export type Draws = Pick<Rng, 'next'>;

export interface BotMove {
  action: Action;
  reason: Reason;
}

/** The moves of one role in the current phase, from what its view shows, in its look `round` (0 on entering); none in phases without choices. */
export function botMoves(view: RoleView, stance: Stance, rng: Draws, cache: BotCache, round = 0): BotMove[] {
  switch (view.phase) {
    case 'proposals':
      return tablingMoves(contextOf(view, stance, rng, cache));
    case 'negotiation':
      return negotiationMoves(contextOf(view, stance, rng, cache), round);
    case 'decision':
      return decisionMoves(contextOf(view, stance, rng, cache));
    default:
      return [];
  }
}

/**
 * The role's answers to proposals a person has just tabled, amended or offered a package deal on: before negotiation a
 * promise or a no, in negotiation a pledge, a counter-offer or a no; none in other phases.
 */
export function botAnswers(view: RoleView, stance: Stance, rng: Draws, cache: BotCache, ids: readonly string[]): BotMove[] {
  const ctx = contextOf(view, stance, rng, cache);
  if (view.phase === 'negotiation') return negotiationAnswers(ctx, ids);
  if (view.phase !== 'proposals') return [];
  const open = view.proposals.filter((p) => p.verdict === 'open');
  const table = tableOf(cache, view.scenario, view.proposals, view.concept.coverage, view.year);
  return ids.flatMap((id) => promiseAnswer(ctx, open, table, id) ?? []);
}
