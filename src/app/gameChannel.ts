/**
 * The seam between the screen and the game: the store sends requests through a channel and hears back accepted
 * sessions and refusals. The local channel plays the game in this tab; a room server can later carry the same
 * requests and updates without the panels changing.
 */
import { actWithBots } from '../bots/autoplay';
import { botCache } from '../bots/cache';
import { branchAtYear, previousPhase, restartPhase, undo, type LiveSession } from '../rules/session';
import type { Action, Rejection } from '../rules/types';
import type { Scenario } from '../scenario/schema';

/** What the screen asks of the game: an action, or a facilitator's step back in the session. */
export type GameRequest =
  | { kind: 'act'; action: Action }
  | { kind: 'undo' }
  | { kind: 'restartPhase' }
  | { kind: 'previousPhase' }
  | { kind: 'branch'; year: number };

/** What comes back: the session after an accepted request (moved: a new phase or year began), or why it was refused. */
export type GameUpdate = { kind: 'accepted'; live: LiveSession; moved: boolean } | { kind: 'refused'; rejection: Rejection };

export interface GameChannel {
  /** The session the channel plays from now on (a new game, a resumed one, or none when leaving it). */
  open(live: LiveSession | undefined): void;
  send(request: GameRequest): void;
  subscribe(listener: (update: GameUpdate) => void): () => void;
}

/** The game played in this tab: every request is answered at once, with the bots' moves the phase calls for (autoplay.ts). */
export function localChannel(scenarioFor: (live: LiveSession) => Scenario): GameChannel {
  let live: LiveSession | undefined;
  // What the bots worked out, kept from action to action; it holds only what the figures it was worked out from give.
  const bots = botCache();
  const listeners = new Set<(update: GameUpdate) => void>();
  const tell = (update: GameUpdate) => {
    if (update.kind === 'accepted') live = update.live;
    listeners.forEach((listener) => listener(update));
  };
  const answer = (current: LiveSession, request: GameRequest): GameUpdate | undefined => {
    const scenario = scenarioFor(current);
    switch (request.kind) {
      case 'act': {
        const result = actWithBots(scenario, current, request.action, { cache: bots });
        return result.ok ? { kind: 'accepted', live: result.live, moved: result.moved } : { kind: 'refused', rejection: result.rejection };
      }
      case 'undo':
        return current.session.log.length > 0 ? { kind: 'accepted', live: undo(scenario, current), moved: false } : undefined;
      case 'restartPhase':
        return { kind: 'accepted', live: restartPhase(scenario, current), moved: false };
      case 'previousPhase':
        return { kind: 'accepted', live: previousPhase(scenario, current), moved: false };
      case 'branch': {
        const branched = branchAtYear(scenario, current, request.year);
        return branched && { kind: 'accepted', live: branched, moved: false };
      }
    }
  };
  return {
    open(session) {
      live = session;
    },
    send(request) {
      const update = live && answer(live, request);
      if (update) tell(update);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
