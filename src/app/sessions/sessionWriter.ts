/** Saves one session that this page owns: the journal at once with every change, the database one write at a time after it. */
import type { LiveSession } from '../../rules/session';
import type { LogEntry } from '../../rules/types';
import { removeJournal, writeJournal } from './journal';
import type { SafeStorage } from '../safeStorage';
import { SessionMoved, writeChunks, writeSession, type ClaimFrom, type SessionDb, type SessionWrite } from './sessionDb';
import { changedChunks, chunksNeeded, sharedPrefix, type Progress, type SessionHead } from './sessionRecords';

/** What the database holds of the session: up to which write, and the log as written (entry objects shared with the live log). */
export interface Durable {
  seq: number;
  log: readonly LogEntry[];
  /** How many entries the database's record counts (more than `log` when a journal's tail replaces some). */
  length: number;
  headStored: boolean;
  /** The record this page could not claim yet (the claim's write failed): the first write that succeeds claims it. */
  claimFrom?: ClaimFrom;
}

/** Chunks written ahead of the final write, this many per transaction: a long log never holds the page up in one go. */
const BATCH = 40;

export interface WriterHooks {
  /** How the last attempt of each kind of storage went. */
  status(change: { journal?: boolean; database?: boolean }): void;
  /** Another page owns the session now: this page's write was refused. */
  moved(): void;
  /** A write reached the database: watching tabs are told the new tail. */
  stored(tail: { base: number; seq: number; from: number; entries: LogEntry[]; length: number }): void;
}

export interface SessionWriter {
  readonly id: string;
  save(live: LiveSession): void;
  /** Stops taking changes; resolves once the last one has reached the database or failed. */
  stop(): Promise<void>;
}

function progressOf(head: SessionHead, owner: string, seq: number, live: LiveSession): Progress {
  const seats = Object.values(live.state.seats);
  const humans = seats.filter((s) => s.controller === 'human').length;
  return { id: head.id, owner, seq, length: live.session.log.length, year: live.state.year, phase: live.state.phase, humans, computers: seats.length - humans, savedAt: Date.now() };
}

/**
 * A writer for `head`'s session, starting from what the database holds. With `backedUp` (a file just opened, an old
 * autosave being moved), the journal waits until the database holds the head: until then that source is the backup.
 */
export function sessionWriter(
  head: SessionHead,
  owner: string,
  db: SessionDb | undefined,
  journalStorage: SafeStorage,
  start: Durable,
  hooks: WriterHooks,
  backedUp = false,
): SessionWriter {
  let durable = start;
  let seq = start.seq;
  let latest: LiveSession | undefined;
  /** The newest change handed to the database, written or in flight. */
  let sent = start.seq;
  let inFlight: Promise<void> | undefined;
  let stopped = false;

  function journal(live: LiveSession): void {
    if (backedUp && !durable.headStored) return;
    const log = live.session.log;
    const from = sharedPrefix(log, durable.log);
    const written = writeJournal(journalStorage, { id: head.id, owner, seq, base: durable.seq, from, entries: log.slice(from), ...(!durable.headStored && { head }) });
    hooks.status({ journal: written });
  }

  /**
   * Chunks beyond what the database's record counts go ahead in batches (a file just opened can bring a long log); the
   * rest and the record follow in one write, so the record never counts a chunk that is not there.
   */
  async function send(database: SessionDb, change: SessionWrite): Promise<void> {
    const beyond = chunksNeeded(durable.length);
    const ahead = change.chunks.filter(([index]) => index >= beyond);
    const early = ahead.length > BATCH ? ahead.slice(0, ahead.length - BATCH) : [];
    for (let i = 0; i < early.length; i += BATCH) await writeChunks(database, head.id, owner, early.slice(i, i + BATCH), change.claimFrom);
    const left = new Set(early.map(([index]) => index));
    await writeSession(database, { ...change, chunks: change.chunks.filter(([index]) => !left.has(index)) });
  }

  /** One write at a time, so each builds on what the database really holds; changes meanwhile go into the next. */
  function flush(): void {
    if (!db || inFlight || !latest || sent === seq) return;
    const live = latest;
    const target = seq;
    const log = live.session.log;
    const from = sharedPrefix(log, durable.log);
    const base = durable.seq;
    sent = target;
    inFlight = send(db, {
      ...(!durable.headStored && { head }),
      ...(durable.claimFrom && { claimFrom: durable.claimFrom }),
      progress: progressOf(head, owner, target, live),
      chunks: changedChunks(log, from),
      dropFrom: chunksNeeded(log.length),
    }).then(
      () => {
        durable = { seq: target, log, length: log.length, headStored: true };
        inFlight = undefined;
        hooks.status({ database: true });
        hooks.stored({ base, seq: target, from, entries: log.slice(from), length: log.length });
        // All in the database: the note is no longer needed. A backed-up session starts its note now.
        if (target === seq) removeJournal(journalStorage, head.id, owner);
        else if (backedUp) journal(latest!);
        flush();
      },
      (e: unknown) => {
        // Tried again with the next change (not at once: a full disk stays full), from what the database holds.
        sent = durable.seq;
        inFlight = undefined;
        if (e instanceof SessionMoved) hooks.moved();
        else hooks.status({ database: false });
      },
    );
  }

  return {
    id: head.id,
    save(live) {
      if (stopped || live === latest) return;
      latest = live;
      seq++;
      journal(live);
      if (db) flush();
      else hooks.status({ database: false });
    },
    async stop() {
      stopped = true;
      while (inFlight) await inFlight;
    },
  };
}
