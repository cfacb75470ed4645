/** The facilitator's phase countdown: UI time that restarts with each phase and stands still in a pause. */
import { describe, expect, it } from 'vitest';
import { clockText, readCountdown, secondsLeft, synced, writeCountdown } from '../../src/app/timer';

describe('the phase countdown', () => {
  it('counts down from the minutes set and into overtime', () => {
    const c = synced(undefined, '1997/news', false, 0);
    expect(secondsLeft(c, 2, 0)).toBe(120);
    expect(secondsLeft(c, 2, 30_500)).toBe(90);
    expect(secondsLeft(c, 2, 125_000)).toBe(-5);
  });

  it('restarts when the phase changes and not when the same phase is looked at again', () => {
    const c = synced(undefined, '1997/news', false, 0);
    expect(synced(c, '1997/news', false, 50_000)).toBe(c);
    expect(secondsLeft(synced(c, '1997/situation', false, 50_000), 1, 50_000)).toBe(60);
    expect(secondsLeft(synced(c, '1998/news', false, 50_000), 1, 50_000)).toBe(60);
  });

  it('stands still while the game is paused and runs on after it resumes', () => {
    const running = synced(undefined, '1997/negotiation', false, 0);
    const paused = synced(running, '1997/negotiation', true, 10_000);
    expect(secondsLeft(paused, 1, 40_000)).toBe(50);
    const resumed = synced(paused, '1997/negotiation', false, 40_000);
    expect(secondsLeft(resumed, 1, 45_000)).toBe(45);
  });

  it('shows minutes and seconds, and overtime with a plus', () => {
    expect(clockText(245)).toBe('4:05');
    expect(clockText(0)).toBe('0:00');
    expect(clockText(-42)).toBe('+0:42');
  });
});

describe('the countdown across a reload', () => {
  const memory = () => {
    const items = new Map<string, string>();
    return { getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => void items.set(k, v) };
  };

  it('comes back as it was written, and not at all from damaged storage', () => {
    const storage = memory();
    const c = synced(undefined, '1997/negotiation', true, 1000);
    writeCountdown(storage, c);
    expect(readCountdown(storage)).toEqual(c);
    storage.setItem('quartier.countdown', '{"phase":1');
    expect(readCountdown(storage)).toBeUndefined();
    storage.setItem('quartier.countdown', '{"phase":"x","startedAt":"soon","pausedFor":0}');
    expect(readCountdown(storage)).toBeUndefined();
  });
});
