/** The language and view kept in storage: read back when valid, written only when they change, never a throw. */
import { afterEach, describe, expect, it } from 'vitest';
import { keepPreferences, readPreferences } from '../../src/app/preferences';
import { safeStorage, type SafeStorage } from '../../src/app/safeStorage';
import type { AppState } from '../../src/app/store';

function memory(): SafeStorage & { writes: number; items: Map<string, string> } {
  const items = new Map<string, string>();
  return {
    items,
    writes: 0,
    getItem: (key) => items.get(key) ?? null,
    setItem(key, value) {
      this.writes++;
      items.set(key, value);
      return true;
    },
    removeItem: (key) => void items.delete(key),
    keys: (prefix) => [...items.keys()].filter((k) => k.startsWith(prefix)),
  };
}

const state = (change: Partial<AppState>) => ({ lang: 'de', indicator: 'vacancy', debrief: { section: 'course', district: null, year: null, step: 'happened' }, ...change }) as AppState;

describe('preferences', () => {
  it('keep the language and the view when they change, and read them back', () => {
    const storage = memory();
    const keep = keepPreferences(storage);
    keep(state({ lang: 'en', indicator: 'trust', debrief: { section: 'discussion', district: 'wk7', year: 1999, step: 'why' } }));
    const writes = storage.writes;
    keep(state({ lang: 'en', indicator: 'trust', debrief: { section: 'discussion', district: 'wk7', year: 1999, step: 'why' } }));
    expect(storage.writes).toBe(writes);
    expect(readPreferences(storage)).toEqual({ lang: 'en', indicator: 'trust', debrief: { section: 'discussion', district: 'wk7', year: 1999, step: 'why' } });
  });

  it('leave anything unreadable to the defaults', () => {
    const storage = memory();
    storage.setItem('quartier.view', '{"indicator":"nonsense","debrief":{"section":"gossip"}}');
    expect(readPreferences(storage)).toEqual({ lang: 'de' });
    storage.setItem('quartier.view', '{not json');
    expect(readPreferences(storage)).toEqual({ lang: 'de' });
  });

  it('start the discussion at its first step when a kept view has no step or an unknown one', () => {
    const storage = memory();
    storage.setItem('quartier.view', '{"debrief":{"section":"scores","district":null,"year":null}}');
    expect(readPreferences(storage).debrief).toEqual({ section: 'scores', district: null, year: null, step: 'happened' });
    storage.setItem('quartier.view', '{"debrief":{"section":"discussion","district":null,"year":null,"step":"gossip"}}');
    expect(readPreferences(storage).debrief?.step).toBe('happened');
  });
});

describe('safe storage', () => {
  const original = Object.getOwnPropertyDescriptor(globalThis, 'localStorage');
  afterEach(() => {
    if (original) Object.defineProperty(globalThis, 'localStorage', original);
    else delete (globalThis as { localStorage?: unknown }).localStorage;
  });

  it('reads nothing and refuses writes where even reaching the storage throws (storage blocked)', () => {
    Object.defineProperty(globalThis, 'localStorage', {
      configurable: true,
      get() {
        throw new Error('SecurityError: access denied');
      },
    });
    const storage = safeStorage('localStorage');
    expect(storage.getItem('a')).toBeNull();
    expect(storage.setItem('a', 'b')).toBe(false);
    expect(() => storage.removeItem('a')).not.toThrow();
    expect(storage.keys('a')).toEqual([]);
  });

  it('reports a write the storage refuses (storage full)', () => {
    const full = {
      getItem: () => null,
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => undefined,
      key: () => null,
      length: 0,
    };
    Object.defineProperty(globalThis, 'localStorage', { configurable: true, value: full });
    expect(safeStorage('localStorage').setItem('a', 'b')).toBe(false);
  });
});
