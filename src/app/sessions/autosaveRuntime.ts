/** What the autosave's parts share in this page: the store, the storages, the writer of the session played here, and its lock. */
import type { AutosaveState } from './autosaveState';
import type { SafeStorage } from '../safeStorage';
import type { SessionChannel } from './sessionChannel';
import type { SessionDb } from './sessionDb';
import { newId } from './sessionId';
import type { SessionHead } from './sessionRecords';
import { sessionWriter, type Durable, type SessionWriter } from './sessionWriter';
import type { App } from '../store';
import type { HeldSession } from './tabLock';

/** This page's name as the owner of the session it plays; a reload is a new page. */
export const PAGE = newId();
/** A session the database does not hold yet. */
export const NOTHING_STORED: Durable = { seq: 0, log: [], length: 0, headStored: false };
/** Log entries sent to watching tabs with the news of a write; a longer tail they read from the database. */
const NEWS_MAX = 2000;

export interface Runtime {
  app: App;
  db: SessionDb | undefined;
  local: SafeStorage;
  tab: SafeStorage;
  channel: SessionChannel;
  /** Saves the session played here; none while this tab watches or shows the setup screen. */
  writer?: SessionWriter;
  held?: HeldSession;
  /** The session this tab watches, and the database write it shows. */
  following?: { id: string; seq: number };
}

let runtime: Runtime | undefined;

export function startRuntime(parts: Runtime): Runtime {
  runtime = parts;
  return parts;
}

export const here = (): Runtime => runtime!;
/** Whether the autosave runs in this page (panels shown without it, as in tests, list no saved sessions). */
export const running = (): boolean => runtime !== undefined;
export const now = () => here().app.store.getState();

export function setAutosave(change: Partial<AutosaveState>): void {
  const { app } = here();
  app.set({ autosave: { ...app.store.getState().autosave, ...change } });
}

/** Store changes made while the store is telling its listeners wait until it has told them all. */
export const later = (change: () => void) => queueMicrotask(change);

const health = { journal: true, database: true };

/** How the last attempt of each storage went; the banner shows while either fails. */
export function report(change: { journal?: boolean; database?: boolean }): void {
  Object.assign(health, change);
  later(() => {
    const stopped = !health.journal || !health.database;
    if (stopped !== now().autosave.stopped) setAutosave({ stopped });
  });
}

export const storing = () => health.journal;

/** A writer for a session played here: it reports how storing goes, tells watching tabs, and calls `moved` if another tab took over. */
export function writerFor(head: SessionHead, durable: Durable, moved: (id: string) => void, options: { backedUp?: boolean; onStored?: () => void } = {}): SessionWriter {
  const { db, local, channel } = here();
  const id = head.id;
  return sessionWriter(
    head,
    PAGE,
    db,
    local,
    durable,
    {
      status: report,
      moved: () => moved(id),
      stored: ({ entries, ...tail }) => {
        options.onStored?.();
        channel.send({ kind: 'stored', id, owner: PAGE, ...tail, ...(entries.length <= NEWS_MAX && { entries }) });
      },
    },
    options.backedUp,
  );
}
