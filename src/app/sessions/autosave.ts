/**
 * The autosave: every accepted action is kept (the journal at once, the database right after), several sessions side by
 * side, resumed at the page's start or from the setup screen; when the browser refuses to store, the screen says so.
 * Two tabs on one session: tabs.ts.
 */
import type { LiveSession } from '../../rules/session';
import { here, later, NOTHING_STORED, now, PAGE, report, running, setAutosave, startRuntime, storing, writerFor } from './autosaveRuntime';
import { familyKey } from './branches';
import { dropJournals } from './journal';
import { LEGACY_KEY } from './legacyAutosave';
import { headOf, rememberCurrent, restoreStored, type Restored } from './restore';
import type { SafeStorage } from '../safeStorage';
import { sessionChannel } from './sessionChannel';
import { claimSession, listSessions, removeSession, type SessionDb } from './sessionDb';
import type { SessionHead } from './sessionRecords';
import type { Durable } from './sessionWriter';
import type { App, AppState, GameConfig } from '../store';
import { hear, lose } from './tabs';
import { holdSession, type LockAnswer } from './tabLock';

/** How often, and how far apart, a lock held by another page is asked for again before that page counts as another tab. */
const BUSY_RETRIES = 3;
const BUSY_WAIT_MS = 150;

/** The next session the store starts came from a file: the file is its backup until the database holds it. */
let openedFromFile = false;
/** Drops a damaged autosave once the facilitator chose to start fresh. */
let forget: (() => void) | undefined;
/** The head of an old autosave offered on the setup screen, which the database may not hold (yet). */
let moving: SessionHead | undefined;

function hold(id: string): void {
  void holdSession(id, () => void lose(id)).then((answer) => {
    if (answer.kind !== 'held') return;
    const runtime = here();
    if (runtime.writer?.id === id) runtime.held = answer.held;
    else answer.held.release();
  });
}

/** A session the store began (a new game, a file opened): saved from its first state on. */
function begin(s: AppState): void {
  const runtime = here();
  const id = s.sessionId!;
  const head = headOf(id, s.scenario!, s.scenarioSource, s.config!, s.live!, s.branch);
  runtime.writer = writerFor(head, NOTHING_STORED, lose, { backedUp: openedFromFile });
  openedFromFile = false;
  rememberCurrent(runtime.tab, runtime.local, id);
  hold(id);
}

/** Leaving a session (for the setup screen or another session): its last writes go on, its lock is freed. */
function letGo(): void {
  const runtime = here();
  const leaving = runtime.writer;
  runtime.writer = undefined;
  runtime.held?.release();
  runtime.held = undefined;
  void leaving?.stop();
}

async function refreshSessions(): Promise<void> {
  const { db } = here();
  if (!db) return;
  const all = await listSessions(db).catch(() => []);
  setAutosave({
    sessions: all.map(({ head, progress }) => ({
      id: head.id,
      title: head.title,
      file: head.scenario.file,
      year: progress.year,
      phase: progress.phase,
      humans: progress.humans,
      computers: progress.computers,
      savedAt: progress.savedAt,
      startedAt: head.startedAt,
      family: familyKey(head.session),
      ...(head.branch && { branch: head.branch }),
    })),
  });
}

/** The saved sessions listed again (the debrief lists the games of its family). */
export const listSaved = (): Promise<void> => (running() ? refreshSessions() : Promise.resolve());

/** A saved session replayed, for comparing it with the game in play; undefined when it cannot be restored. */
export async function loadSaved(id: string): Promise<LiveSession | undefined> {
  if (!running()) return undefined;
  const { db, local } = here();
  const restored = await restoreStored(db, local, id);
  return restored.kind === 'ok' ? restored.live : undefined;
}

/**
 * Deletes an earlier session from the browser, unless a tab plays it (its lock is taken first, so no tab can start
 * it meanwhile); true when it is gone.
 */
export async function deleteSaved(id: string): Promise<boolean> {
  const { db } = here();
  if (!db || here().writer?.id === id) return false;
  const lock = await holdSession(id, () => undefined);
  if (lock.kind === 'busy') return false;
  try {
    await removeSession(db, id);
    return true;
  } catch {
    return false;
  } finally {
    if (lock.kind === 'held') lock.held.release();
    await refreshSessions();
  }
}

/** Wires the autosave to the store; the listener it returns must run before the screen is drawn (the journal first). */
export function startAutosave(app: App, db: SessionDb | undefined, local: SafeStorage, tab: SafeStorage): (s: AppState, before: AppState) => void {
  const runtime = startRuntime({ app, db, local, tab, channel: sessionChannel() });
  runtime.channel.listen(hear);
  // Whether the browser lets the game store at all, known before the first action.
  const probe = 'quartier.probe';
  report({ journal: local.setItem(probe, '1'), database: db !== undefined });
  local.removeItem(probe);
  void refreshSessions();
  return (s, before) => {
    const playing = s.screen === 'game' && s.live && s.sessionId ? s.sessionId : undefined;
    if (runtime.writer && runtime.writer.id !== playing) letGo();
    if (!playing) {
      runtime.following = undefined;
      if (before.screen === 'game') {
        if (s.autosave.watching || s.autosave.conflict) later(() => setAutosave({ watching: false, conflict: false }));
        later(() => void refreshSessions());
      }
      return;
    }
    if (!runtime.writer && !s.autosave.watching) begin(s);
    runtime.writer?.save(s.live!);
  };
}

/** A reload's former page may still hold the lock for a moment while it goes away: asked again before it counts as another tab. */
async function holdUnlessPlayed(id: string): Promise<LockAnswer> {
  for (let attempt = 0; ; attempt++) {
    const answer = await holdSession(id, () => void lose(id));
    if (answer.kind !== 'busy' || attempt === BUSY_RETRIES) return answer;
    await new Promise((wait) => setTimeout(wait, BUSY_WAIT_MS));
  }
}

/** Into the game with a restored session: played here if no other tab plays it, else watched, with the choice to take it over. */
async function goOn(restored: Extract<Restored, { kind: 'ok' }>, attempts = 3): Promise<void> {
  const runtime = here();
  const { app, db, local, tab } = runtime;
  const id = restored.head.id;
  const lock = await holdUnlessPlayed(id);
  if (lock.kind === 'busy') {
    runtime.following = { id, seq: restored.stored?.progress.seq ?? 0 };
    setAutosave({ watching: true, conflict: true });
    if (restored.head.scenario.source !== now().scenarioSource.source) app.openScenario(restored.head.scenario);
    app.resume(restored.live, restored.head.config, id);
    return;
  }
  let durable: Durable = NOTHING_STORED;
  if (db && restored.stored) {
    const { owner, seq } = restored.stored.progress;
    const claim = await claimSession(db, id, PAGE, { owner, seq }).catch(() => undefined);
    if (claim && !claim.claimed && claim.stored && attempts > 0) {
      // Written meanwhile by the tab that played it last: read again, so nothing it wrote is passed over.
      if (lock.kind === 'held') lock.held.release();
      const again = await restoreStored(db, local, id, restored.live);
      return again.kind === 'ok' ? goOn(again, attempts - 1) : undefined;
    }
    // The record as claimed, or (when the browser refused the claim's write, e.g. storage full) as read: the first write claims it then.
    const record = claim?.claimed ? claim.stored!.progress : restored.stored.progress;
    durable = {
      seq: record.seq,
      log: restored.live.session.log.slice(0, restored.stored.from),
      length: record.length,
      headStored: true,
      ...(!claim?.claimed && { claimFrom: { owner, seq } }),
    };
  }
  runtime.held = lock.kind === 'held' ? lock.held : undefined;
  // The order matters: the writer must be there when the store first shows the session in the game, and nothing may change between.
  setAutosave({ watching: false, conflict: false });
  if (restored.head.scenario.source !== now().scenarioSource.source) app.openScenario(restored.head.scenario);
  const onStored = restored.legacy ? () => local.removeItem(LEGACY_KEY) : undefined;
  const writer = writerFor(restored.head, durable, lose, { backedUp: restored.legacy, ...(onStored && { onStored }) });
  runtime.writer = writer;
  rememberCurrent(tab, local, id);
  // A tab that played it and cannot hear of the lock (none in its browser) hears it here.
  runtime.channel.send({ kind: 'taken', id, owner: PAGE });
  // The journal's tail (or all of an old autosave) goes to the database now; other pages' older notes go once this one is written.
  if (durable.log.length !== restored.live.session.log.length || !durable.headStored) writer.save(restored.live);
  if (storing() && !restored.legacy) dropJournals(local, id, PAGE);
  app.resume(restored.live, restored.head.config, id);
}

/** At the page's start: back into the game, or onto the setup screen with the session offered to resume (an old autosave moved first). */
export async function goOnAtStart(restored: Restored, resumeNow: boolean): Promise<void> {
  const { app, local } = here();
  if (restored.kind === 'damaged') {
    forget = restored.forget;
    app.set({ notice: restored.reason, damagedAutosave: restored.raw });
    return;
  }
  if (restored.kind !== 'ok') return;
  if (resumeNow) return goOn(restored);
  if (restored.legacy) {
    // Moved into the database now, so the old slot is read once only; until then (or if the database refuses) it is resumed from memory.
    moving = restored.head;
    const mover = writerFor(restored.head, NOTHING_STORED, lose, { backedUp: true, onStored: () => local.removeItem(LEGACY_KEY) });
    mover.save(restored.live);
    void mover.stop().then(() => refreshSessions());
  }
  app.set({ saved: { scenarioSource: restored.head.scenario, config: restored.head.config, live: restored.live, sessionId: restored.head.id } });
}

/** Resumes a saved session from the setup screen (`known`: the one just left, in memory). */
export async function resumeSaved(id: string, known?: LiveSession): Promise<boolean> {
  const { db, local } = here();
  const restored = await restoreStored(db, local, id, known);
  if (restored.kind === 'ok') await goOn(restored);
  else if (known && moving?.id === id) await goOn({ kind: 'ok', head: moving, live: known, legacy: true });
  else return false;
  return true;
}

/** A session opened from a file goes on here as a new saved session. */
export function adoptOpened(live: LiveSession, config: GameConfig): void {
  openedFromFile = true;
  here().app.resume(live, config);
}

/** "Start fresh" after a damaged autosave: it is dropped (it was offered for download). */
export function forgetDamaged(): void {
  forget?.();
  forget = undefined;
}
