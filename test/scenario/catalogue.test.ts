import { describe, expect, it } from 'vitest';
import { cardById, eventById } from '../../src/scenario/catalogue';
import type { Measure, ScenarioEvent } from '../../src/scenario/schema';

const item = <T>(id: string, tag: string) => ({ id, tag }) as unknown as T;

describe('cards and events by id', () => {
  it('finds the first of equal ids, as Array.find does, and nothing for an unknown id', () => {
    const cards = [item<Measure>('a', 'first'), item<Measure>('b', 'b'), item<Measure>('a', 'second')];
    expect(cardById(cards, 'a')).toBe(cards[0]);
    expect(cardById(cards, 'b')).toBe(cards[1]);
    expect(cardById(cards, 'z')).toBeUndefined();
  });

  it('keeps lists apart when they are used by turns', () => {
    const one = [item<Measure>('a', 'one')];
    const two = [item<Measure>('a', 'two')];
    const events = [item<ScenarioEvent>('a', 'event')];
    for (let i = 0; i < 3; i++) {
      expect(cardById(one, 'a')).toBe(one[0]);
      expect(eventById(events, 'a')).toBe(events[0]);
      expect(cardById(two, 'a')).toBe(two[0]);
    }
  });
});
