/** The facilitator's phase countdown: UI time only, it never changes the game; it restarts when the phase changes and stands still during a pause. */

/** Where the countdown stands: when its phase began and how long the game has been paused since. */
export interface Countdown {
  /** The phase it counts for, e.g. `1998/negotiation`. */
  phase: string;
  startedAt: number;
  pausedAt?: number;
  pausedFor: number;
}

/** The countdown after a look at the game: a new phase starts it afresh, a pause stops it, resuming lets it run on. */
export function synced(countdown: Countdown | undefined, phase: string, paused: boolean, now: number): Countdown {
  if (!countdown || countdown.phase !== phase) return { phase, startedAt: now, pausedFor: 0, ...(paused && { pausedAt: now }) };
  if (paused && countdown.pausedAt === undefined) return { ...countdown, pausedAt: now };
  if (!paused && countdown.pausedAt !== undefined) return { phase, startedAt: countdown.startedAt, pausedFor: countdown.pausedFor + now - countdown.pausedAt };
  return countdown;
}

/** Whole seconds left of the limit; negative once the time is up (the overtime). */
export function secondsLeft(countdown: Countdown, minutes: number, now: number): number {
  const elapsed = (countdown.pausedAt ?? now) - countdown.startedAt - countdown.pausedFor;
  return Math.ceil(minutes * 60 - elapsed / 1000);
}

/** `4:05` while time is left, `+0:42` in overtime. */
export function clockText(seconds: number): string {
  const abs = Math.abs(seconds);
  const clock = `${Math.floor(abs / 60)}:${String(abs % 60).padStart(2, '0')}`;
  return seconds < 0 ? `+${clock}` : clock;
}

const STORAGE_KEY = 'quartier.countdown';

/** The countdown kept in the tab's session storage, so a reload in the middle of a phase does not give the room fresh minutes. */
export function readCountdown(storage: Pick<Storage, 'getItem'>): Countdown | undefined {
  try {
    const c = JSON.parse(storage.getItem(STORAGE_KEY) ?? 'null') as Countdown | null;
    const valid = c && typeof c.phase === 'string' && Number.isFinite(c.startedAt) && Number.isFinite(c.pausedFor) && (c.pausedAt === undefined || Number.isFinite(c.pausedAt));
    return valid ? c : undefined;
  } catch {
    return undefined;
  }
}

export function writeCountdown(storage: Pick<Storage, 'setItem'>, countdown: Countdown): void {
  storage.setItem(STORAGE_KEY, JSON.stringify(countdown));
}

/** Forgets the countdown, so the next game's first phase gets its full time. */
export function clearCountdown(storage: Pick<Storage, 'removeItem'>): void {
  storage.removeItem(STORAGE_KEY);
}
