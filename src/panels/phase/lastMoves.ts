/** The computer roles' last moves in negotiation, a step the facilitator takes (bots/autoplay.ts): said before and after it. */
import type { VNode } from 'preact';
import type { App, AppState } from '../../app/store';
import { memo } from '../../app/view/component';
import { el } from '../../app/view/h';
import { lastMovesAt } from '../../bots/autoplay';
import { useSlice } from '../../app/view/useSlice';
import { LAST_MOVES, movesMade } from './lastMoves.texts';

/** Whether the step is still to come, or how many moves the computer roles made in it; undefined where it does not apply. */
function stepOf({ live }: AppState): { taken: false } | { taken: true; moves: number } | undefined {
  if (!live || live.state.phase !== 'negotiation' || !Object.values(live.state.seats).some((s) => s.controller === 'human')) return undefined;
  const at = lastMovesAt(live);
  return at === undefined ? { taken: false } : { taken: true, moves: live.session.log.length - 1 - at };
}

export const LastMoves = memo('LastMoves', ({ app }: { app: App }): VNode | null => {
  const [lang, step] = useSlice(app.store, (s) => [s.lang, stepOf(s)], (a, b) => a[0] === b[0] && JSON.stringify(a[1]) === JSON.stringify(b[1]));
  if (!step) return null;
  return el(
    'p',
    { class: step.taken ? 'last-moves taken' : 'last-moves', role: 'status' },
    step.taken ? movesMade(step.moves, lang) : LAST_MOVES.comingUp[lang],
  );
});
