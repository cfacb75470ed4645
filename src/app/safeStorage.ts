/** Browser storage that never throws: blocked, full or missing storage reads as empty and refuses writes, and the game goes on. */

export interface SafeStorage {
  getItem(key: string): string | null;
  /** False when the browser refused the write (storage full, blocked, private mode). */
  setItem(key: string, value: string): boolean;
  removeItem(key: string): void;
  /** The keys that start with `prefix`. */
  keys(prefix: string): string[];
}

type Kind = 'localStorage' | 'sessionStorage';

/** Even reading `window.localStorage` throws (SecurityError) where the browser blocks storage. */
function reach(kind: Kind): Storage | undefined {
  try {
    return globalThis[kind] ?? undefined;
  } catch {
    return undefined;
  }
}

export function safeStorage(kind: Kind): SafeStorage {
  return {
    getItem(key) {
      try {
        return reach(kind)?.getItem(key) ?? null;
      } catch {
        return null;
      }
    },
    setItem(key, value) {
      try {
        const storage = reach(kind);
        if (!storage) return false;
        storage.setItem(key, value);
        return true;
      } catch {
        return false;
      }
    },
    removeItem(key) {
      try {
        reach(kind)?.removeItem(key);
      } catch {
        // Nothing to do: what cannot be removed was not readable either.
      }
    },
    keys(prefix) {
      try {
        const storage = reach(kind);
        if (!storage) return [];
        const found: string[] = [];
        for (let i = 0; i < storage.length; i++) {
          const key = storage.key(i);
          if (key?.startsWith(prefix)) found.push(key);
        }
        return found;
      } catch {
        return [];
      }
    },
  };
}

/** Kept across reloads and tabs. */
export const localStore = safeStorage('localStorage');
/** Kept across reloads of this tab only. */
export const tabStore = safeStorage('sessionStorage');
