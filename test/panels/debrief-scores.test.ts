import { describe, expect, it } from 'vitest';
import { playBotGame } from '../../src/bots/autoplay';
import { defaultSeats } from '../../src/rules/game';
import { scores } from '../../src/rules/scoring';
import { scoreBars, scoreRange, segments } from '../../src/panels/debrief/scoreBars';
import { small } from '../rules/helpers';

describe('debrief score bars', () => {
  it("splits each role's total into its weighted objective and profile parts", () => {
    const scenario = small();
    const live = playBotGame(scenario, 2, defaultSeats(scenario));
    const result = scores(scenario, live.state);
    const bars = scoreBars(scenario, result);
    expect(bars.map((b) => b.role)).toEqual(scenario.roles.map((r) => r.id));
    for (const b of bars) {
      expect(b.objectivePart + b.profilePart).toBeCloseTo(b.total, 9);
      expect(b.total).toBe(result.roles[b.role]!.total);
    }
  });

  it('draws negative objectives left of zero and stacks profile after positive ones', () => {
    expect(segments({ objectivePart: 20, profilePart: 30 })).toEqual({ objectives: [0, 20], profile: [20, 50] });
    expect(segments({ objectivePart: -15, profilePart: 30 })).toEqual({ objectives: [-15, 0], profile: [0, 30] });
  });

  it('fits every bar and the shared score on one axis with zero', () => {
    const bar = { role: 'a', objectives: -30, profile: 100, weight: 0.5, objectivePart: -15, profilePart: 50, total: 35 };
    expect(scoreRange([bar], 70)).toEqual([-15, 70]);
    expect(scoreRange([bar], -40)).toEqual([-40, 50]);
  });
});
