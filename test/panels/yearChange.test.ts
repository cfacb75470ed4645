import { describe, expect, it } from 'vitest';
import { act, startSession, type LiveSession } from '../../src/rules/session';
import { rankedCauses } from '../../src/panels/phase/causes';
import type { Changes } from '../../src/sim/explain';
import type { IndicatorId } from '../../src/scenario/schema';
import { changesOf, indicatorsOf, lastYearChange } from '../../src/panels/phase/yearChange';
import { gruenau } from '../helpers/scenarios';

function nextPhases(live: LiveSession, count: number): LiveSession {
  for (let i = 0; i < count; i++) {
    const result = act(gruenau(), live, { type: 'next' });
    if (!result.ok) throw new Error(result.rejection.code);
    live = result.live;
  }
  return live;
}

const totalChange = (changes: Changes | undefined, id: IndicatorId) => rankedCauses(changes, id).reduce((a, c) => a + c.value, 0);

describe('the change the situation and review show', () => {
  it('is nothing before the first simulated year', () => {
    const live = nextPhases(startSession(gruenau(), 7), 1);
    expect(live.state.phase).toBe('situation');
    expect(lastYearChange(gruenau(), live)).toBeUndefined();
  });

  it('is this year’s in the review, with causes that add up to the change', () => {
    const live = nextPhases(startSession(gruenau(), 7), 8);
    expect(live.state.phase).toBe('review');
    const change = lastYearChange(gruenau(), live)!;
    expect(change.year).toBe(live.state.year);
    const before = indicatorsOf(gruenau(), change.before, null);
    const after = indicatorsOf(gruenau(), change.after, null);
    expect(totalChange(changesOf(change, null), 'population')).toBeCloseTo(after.population - before.population, 6);
    expect(totalChange(changesOf(change, 'wk7'), 'vacancy')).toBeCloseTo(indicatorsOf(gruenau(), change.after, 'wk7').vacancy - indicatorsOf(gruenau(), change.before, 'wk7').vacancy, 9);
  });

  it('is last year’s in the next situation: the explanation stays until the next simulation', () => {
    const review = nextPhases(startSession(gruenau(), 7), 8);
    const situation = nextPhases(review, 2);
    expect(situation.state.phase).toBe('situation');
    const change = lastYearChange(gruenau(), situation)!;
    expect(change.year).toBe(review.state.year);
    expect(change.explanation).toBeDefined();
    expect(change.explanation).toBe(lastYearChange(gruenau(), review)!.explanation);
  });
});
