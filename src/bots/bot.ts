/** A computer-controlled role: its moves for the current phase, each with the one-line reason it gives (reasons.ts). */
import type { Action, Reason, Stance } from '../rules/types';
import type { RoleView } from '../rules/view';
import type { Rng } from '../sim/rng';
import type { BotCache } from './cache';
import { contextOf } from './context';
import { negotiationMoves } from './pledging';
import { tablingMoves } from './tabling';
import { decisionMoves } from './voting';

/** The uniform draws a bot makes (from the session's generator, derived per decision). */
export type Draws = Pick<Rng, 'next'>;

export interface BotMove {
  action: Action;
  reason: Reason;
}

/** The moves of one role in the current phase, from what its view shows; none in phases without choices. */
export function botMoves(view: RoleView, stance: Stance, rng: Draws, cache: BotCache): BotMove[] {
  switch (view.phase) {
    case 'proposals':
      return tablingMoves(contextOf(view, stance, rng, cache));
    case 'negotiation':
      return negotiationMoves(contextOf(view, stance, rng, cache));
    case 'decision':
      return decisionMoves(contextOf(view, stance, rng, cache));
    default:
      return [];
  }
}
