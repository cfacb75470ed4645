import { describe, expect, it } from 'vitest';
import { playBotGame } from '../../src/bots/autoplay';
import { defaultSeats } from '../../src/rules/game';
import { scores, sharedScore } from '../../src/rules/scoring';
import { scoreBars, scoreRange, segments, shownParts } from '../../src/panels/debrief/scoreBars';
import { sharedScores } from '../../src/panels/debrief/scoreCompare';
import type { ReferenceGame } from '../../src/panels/debrief/referenceGames';
import { playsOf } from '../../src/panels/debrief/series';
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

  it('shows the parts in whole points that add up to the shown total, rounding left to the profile part', () => {
    const scenario = small();
    const live = playBotGame(scenario, 4, defaultSeats(scenario));
    for (const b of scoreBars(scenario, scores(scenario, live.state))) {
      const shown = shownParts(b);
      expect(shown.objectivePart + shown.profilePart).toBe(shown.total);
      expect(shown.total).toBe(Math.round(b.total));
      expect(Math.abs(shown.profilePart - b.profilePart)).toBeLessThanOrEqual(1);
    }
    // −24.6 and 60.4 make 35.8: shown as −25 and 61, which make 36.
    expect(shownParts({ objectivePart: -24.6, total: 35.8 })).toEqual({ objectivePart: -25, profilePart: 61, total: 36 });
  });
});

describe('the shared score beside the other games', () => {
  const scenario = small();
  const live = playBotGame(scenario, 2, defaultSeats(scenario));
  const result = scores(scenario, live.state);
  const plays = playsOf(scenario, live);
  const computer = (id: 'cooperative' | 'sectoral', shared: number): ReferenceGame => ({ id, rows: [], scores: { roles: {}, shared } });

  it('reads the same score off the last year of a play as scoring gives for the state, so the game without measures is measured alike', () => {
    expect(sharedScore(scenario, plays[0]!.rows.at(-1)!.indicators)).toBeCloseTo(result.shared, 9);
  });

  it('lists the group’s game, no measures and each computer game, waiting for those still being played', () => {
    const none = sharedScore(scenario, plays.find((p) => p.id === 'none')!.rows.at(-1)!.indicators);
    expect(sharedScores(scenario, result.shared, plays, { plays: [computer('cooperative', 40)], status: 'playing' })).toEqual([
      { play: 'game', shared: result.shared },
      { play: 'none', shared: none },
      { play: 'cooperative', shared: 40 },
      { play: 'sectoral', shared: undefined },
    ]);
    expect(sharedScores(scenario, result.shared, plays, { plays: [], status: 'failed' }).map((s) => s.play)).toEqual(['game', 'none']);
  });
});
