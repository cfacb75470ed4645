/** A computer-controlled role: its moves for the current phase, each with a one-line reason in German and English. */
import type { LocalText } from '../scenario/schema';
import type { Action, Stance } from '../rules/types';
import type { RoleView } from '../rules/view';
import type { Rng } from '../sim/rng';
import { contextOf } from './context';
import { negotiationMoves } from './pledging';
import { tablingMoves } from './tabling';
import { decisionMoves } from './voting';

/** The uniform draws a bot makes (from the session's generator, derived per decision). */
export type Draws = Pick<Rng, 'next'>;

export interface BotMove {
  action: Action;
  reason: LocalText;
}

/** The moves of one role in the current phase, from what its view shows; none in phases without choices. */
export function botMoves(view: RoleView, stance: Stance, rng: Draws): BotMove[] {
  switch (view.phase) {
    case 'proposals':
      return tablingMoves(contextOf(view, stance, rng));
    case 'negotiation':
      return negotiationMoves(contextOf(view, stance, rng));
    case 'decision':
      return decisionMoves(contextOf(view, stance, rng));
    default:
      return [];
  }
}
