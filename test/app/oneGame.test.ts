import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../src/app/store';
import { playBotGame } from '../../src/bots/autoplay';
import { defaultSeats } from '../../src/rules/game';
import { stateHash } from '../../src/rules/session';
import type { DecisionRule, Stance } from '../../src/rules/types';

/** Plays a whole game through the browser store, the facilitator pressing Page Down until the debrief. */
function storeGame(file: string, seed: number, stance?: Stance, rule?: DecisionRule) {
  const app = createAppStore({ lang: 'en', scenarioSource: { file, source: readFileSync(file, 'utf8') } });
  const scenario = app.store.getState().scenario!;
  app.start({ seed, seats: defaultSeats(scenario, 'bot', stance), rule: rule ?? scenario.decision.rule, timerMinutes: 0 });
  for (let presses = 0; app.store.getState().live!.state.phase !== 'debrief'; presses++) {
    if (presses > 1000 || !app.perform({ type: 'next' })) throw new Error('the game did not reach the debrief');
  }
  return { scenario, live: app.store.getState().live! };
}

describe('one game everywhere', () => {
  for (const [seed, stance, rule] of [[4, undefined, undefined], [11, 'cooperative', undefined], [23, 'sectoral', undefined], [7, 'pragmatic', 'majority']] as const) {
    it(`the browser store with every seat computer-played gives playBotGame's game (seed ${seed}, ${stance ?? 'mixed'}, ${rule ?? 'the scenario’s rule'})`, () => {
      const viaStore = storeGame('scenarios/gruenau.yaml', seed, stance, rule);
      const batch = playBotGame(viaStore.scenario, seed, defaultSeats(viaStore.scenario, 'bot', stance), { explain: false, ...(rule && { rule }) });
      if (rule) expect(batch.state.rule).toBe(rule);
      expect(batch.session.log.length).toBe(viaStore.live.session.log.length);
      expect(stateHash(batch.state)).toBe(stateHash(viaStore.live.state));
    });
  }
});
