/** Scenario files written before the format gained the limits on measures still check clean and play. */
import { describe, expect, it } from 'vitest';
import { playBotGame } from '../../src/bots/autoplay';
import { defaultSeats } from '../../src/rules/game';
import { referencePlan, runPlan } from '../../src/sim/run';
import { bundledScenario } from '../helpers/scenarios';

const OLDER = ['test/fixtures/gruenau-before-limits.yaml', 'test/fixtures/small.yaml'];

describe.each(OLDER)('%s, written before the limits', (file) => {
  it('loads with the documented defaults for every new field', () => {
    const s = bundledScenario(file);
    expect(s.parameters.repeatEffect).toBe(0.5);
    expect(s.context.housingDemand).toEqual([]);
    expect(s.decision.cardsPerRole).toBe(3);
    expect(s.decision.maxPassed).toBeUndefined();
    expect(s.measures.every((m) => m.maxRunning === 1)).toBe(true);
    expect(s.references.every((r) => r.targets.length === 0)).toBe(true);
  });

  it('plays a whole game with the computer in every seat, and its reference plays', () => {
    const s = bundledScenario(file);
    const live = playBotGame(s, 3, defaultSeats(s, 'bot', 'cooperative'), { explain: false });
    expect(live.state.phase).toBe('debrief');
    expect(live.state.history.some((y) => y.proposals.some((p) => p.verdict === 'passed'))).toBe(true);
    for (const r of s.references) expect(runPlan(s, 3, referencePlan(s, r.id)!)).toHaveLength(s.time.turns + 1);
  });
});
