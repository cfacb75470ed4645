/** One tab plays a session, others may watch: a Web Lock per session says who plays it, and tells the player when another tab takes over. */

const lockName = (id: string) => `quartier.session.${id}`;

export interface HeldSession {
  release(): void;
}

/** The lock's answer: held (and `lost` is called if another tab takes it), busy (another tab plays the session), or no locks in this browser. */
export type LockAnswer = { kind: 'held'; held: HeldSession } | { kind: 'busy' } | { kind: 'none' };

function locks(): LockManager | undefined {
  try {
    return navigator.locks ?? undefined;
  } catch {
    return undefined;
  }
}

function request(id: string, options: LockOptions, lost: () => void): Promise<LockAnswer> {
  const manager = locks();
  if (!manager) return Promise.resolve({ kind: 'none' });
  return new Promise((resolve) => {
    let release = () => {};
    let released = false;
    manager
      .request(lockName(id), options, (lock) => {
        if (!lock) return resolve({ kind: 'busy' });
        const held = new Promise<void>((done) => (release = done));
        resolve({ kind: 'held', held: { release: () => ((released = true), release()) } });
        return held;
      })
      // Another tab took the lock with `steal`: this tab no longer plays the session.
      .catch((e: unknown) => {
        if (!released && e instanceof DOMException && e.name === 'AbortError') lost();
        else resolve({ kind: 'none' });
      });
  });
}

/** The lock if no other tab plays the session. */
export function holdSession(id: string, lost: () => void): Promise<LockAnswer> {
  return request(id, { mode: 'exclusive', ifAvailable: true }, lost);
}

/** The lock, taken from the tab that holds it (that tab is told, and watches from then on). */
export function takeSession(id: string, lost: () => void): Promise<LockAnswer> {
  return request(id, { mode: 'exclusive', steal: true }, lost);
}
