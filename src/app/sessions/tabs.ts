/** A session open in two tabs: one plays it, the other follows it read-only and may take it over; nothing either did is lost unsaid. */
import { rulesFor } from '../../rules/legacy';
import type { LiveSession } from '../../rules/session';
import type { LogEntry } from '../../rules/types';
import { here, now, NOTHING_STORED, PAGE, setAutosave, writerFor } from './autosaveRuntime';
import { followLog } from './followLog';
import { headOf, rememberCurrent } from './restore';
import { replaySaved } from './savedReplay';
import type { SessionNews } from './sessionChannel';
import { claimSession, readSession } from './sessionDb';
import { sharedPrefixByValue, type SessionHead } from './sessionRecords';
import type { Durable } from './sessionWriter';
import { takeSession } from './tabLock';

/** `live` brought to the stored log: from where they part, or replayed whole; undefined if neither works. */
function caughtUp(live: LiveSession, log: LogEntry[], head: SessionHead): LiveSession | undefined {
  const shared = sharedPrefixByValue(live.session.log, log);
  const followed = followLog(rulesFor(now().scenario!, live.session), live, shared, log.slice(shared));
  if (followed) return followed;
  const replayed = replaySaved(head.scenario, { ...head.session, log });
  return replayed.ok ? replayed.live : undefined;
}

/** Another tab took the session over: this one watches from now on, and offers what the other does not have as a file. */
export async function lose(id: string): Promise<void> {
  const runtime = here();
  const { app, db } = runtime;
  const leaving = runtime.writer;
  if (leaving?.id !== id) return;
  runtime.writer = undefined;
  runtime.held = undefined;
  setAutosave({ watching: true, conflict: false });
  const mine = now().live;
  await leaving.stop();
  const stored = db && (await readSession(db, id).catch(() => undefined));
  if (!stored || !mine || now().sessionId !== id) return;
  // Counted as people see them: the moves made here, not the computer roles' answers (those carry a reason).
  const tail = mine.session.log.slice(sharedPrefixByValue(mine.session.log, stored.log));
  const lost = tail.length === 0 ? 0 : Math.max(1, tail.filter((e) => e.reason === undefined).length);
  runtime.following = { id, seq: stored.progress.seq };
  const caught = caughtUp(mine, stored.log, stored.head);
  if (lost > 0) setAutosave({ stranded: { count: lost, live: mine } });
  if (caught) app.resume(caught, now().config!, id);
}

let resyncing = false;

/** The watched session as the database holds it now. */
async function resync(id: string): Promise<void> {
  const runtime = here();
  if (!runtime.db || resyncing) return;
  resyncing = true;
  try {
    const stored = await readSession(runtime.db, id).catch(() => undefined);
    const live = now().live;
    if (!stored || !live || now().sessionId !== id || !now().autosave.watching) return;
    const next = caughtUp(live, stored.log, stored.head);
    runtime.following = { id, seq: stored.progress.seq };
    if (next) runtime.app.resume(next, now().config ?? stored.head.config, id);
  } finally {
    resyncing = false;
  }
}

/** News from another tab: a write of the session watched here (follow it), or a takeover of the one played here. */
export function hear(news: SessionNews): void {
  const runtime = here();
  const s = now();
  if (news.owner === PAGE || news.id !== s.sessionId) return;
  if (news.kind === 'taken') {
    if (runtime.writer?.id === news.id) void lose(news.id);
    return;
  }
  if (!s.autosave.watching || !s.live || !s.scenario) return;
  const { following } = runtime;
  if (following?.id === news.id && news.base === following.seq && news.entries) {
    const next = followLog(rulesFor(s.scenario, s.live.session), s.live, news.from, news.entries);
    if (next) {
      runtime.following = { id: news.id, seq: news.seq };
      runtime.app.resume(next, s.config!, news.id);
      return;
    }
  }
  void resync(news.id);
}

/** This tab plays the watched session from now on; the tab that played it watches. */
export async function takeOver(): Promise<void> {
  const runtime = here();
  const { app, db, local, tab, channel } = runtime;
  const s = now();
  const id = s.sessionId;
  if (!id || !s.live || !s.scenario || !s.config || runtime.writer) return;
  const lock = await takeSession(id, () => void lose(id));
  let live = s.live;
  // Without the claim (the browser refused it), the first write takes the session from whoever has it: the other tab has let go of the lock.
  let durable: Durable = { ...NOTHING_STORED, claimFrom: 'anyone' };
  let head: SessionHead | undefined;
  const claim = db && (await claimSession(db, id, PAGE).catch(() => undefined));
  if (claim?.stored) {
    const { progress, log } = claim.stored;
    const caught = caughtUp(live, log, claim.stored.head);
    head = claim.stored.head;
    if (caught) live = caught;
    // What this tab shows is the stored log, or (if that cannot be replayed here) is written over it from the start.
    durable = { seq: progress.seq, log: caught ? live.session.log : [], length: progress.length, headStored: true };
  }
  runtime.held = lock.kind === 'held' ? lock.held : undefined;
  runtime.following = undefined;
  // Shown first (still watching, so nothing is saved), then the writer, then playing: the writer's first save is this state.
  app.resume(live, s.config, id);
  runtime.writer = writerFor(head ?? headOf(id, s.scenario, s.scenarioSource, s.config, live), durable, lose);
  channel.send({ kind: 'taken', id, owner: PAGE });
  rememberCurrent(tab, local, id);
  setAutosave({ watching: false, conflict: false });
}

/** Keeps watching the session the other tab plays. */
export function watchOnly(): void {
  setAutosave({ conflict: false });
}

export function dismissStranded(): void {
  setAutosave({ stranded: undefined });
}
