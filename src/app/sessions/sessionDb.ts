/** Saved sessions in IndexedDB: heads, progress records and log chunks; every write checks that this page still owns the session. */
import type { LogEntry } from '../../rules/types';
import { logOfChunks, type Progress, type SessionHead, type StoredSession } from './sessionRecords';

const NAME = 'quartier';
const VERSION = 1;
const HEADS = 'heads';
const PROGRESS = 'progress';
const CHUNKS = 'chunks';
/** An open that neither succeeds nor fails (another tab blocks an upgrade) counts as failed after this long. */
const OPEN_TIMEOUT_MS = 4000;

export type SessionDb = IDBDatabase;

/** The database, or undefined when the browser refuses it (blocked storage, some private modes, a broken profile). */
export function openSessionDb(): Promise<SessionDb | undefined> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(undefined), OPEN_TIMEOUT_MS);
    const done = (db: SessionDb | undefined) => {
      clearTimeout(timer);
      resolve(db);
    };
    try {
      const opening = indexedDB.open(NAME, VERSION);
      opening.onupgradeneeded = () => {
        const db = opening.result;
        db.createObjectStore(HEADS, { keyPath: 'id' });
        db.createObjectStore(PROGRESS, { keyPath: 'id' });
        db.createObjectStore(CHUNKS);
      };
      opening.onsuccess = () => {
        const db = opening.result;
        // A newer version of the game in another tab must be able to upgrade the database.
        db.onversionchange = () => db.close();
        done(db);
      };
      // A blocked open (an older tab still holds the database) waits for it to let go, up to the timeout.
      opening.onerror = () => done(undefined);
    } catch {
      done(undefined);
    }
  });
}

const chunkRange = (id: string, from = 0) => IDBKeyRange.bound([id, from], [id, Infinity]);

/** Resolves when the transaction commits; rejects with its error (e.g. QuotaExceededError) when it fails. */
function committed(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onabort = () => reject(tx.error ?? new DOMException('The save was aborted.', 'AbortError'));
    tx.onerror = () => undefined;
  });
}

function asked<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/** Runs `work` in one transaction over every store; its result once the transaction has committed. */
async function inTransaction<T>(db: SessionDb, mode: IDBTransactionMode, work: (tx: IDBTransaction) => Promise<T>): Promise<T> {
  const tx = db.transaction([HEADS, PROGRESS, CHUNKS], mode);
  const done = committed(tx);
  try {
    const result = await work(tx);
    await done;
    return result;
  } catch (e) {
    // Half a change is never kept: whatever was asked before the failure is rolled back.
    done.catch(() => undefined);
    try {
      tx.abort();
    } catch {
      // Already finished or aborted.
    }
    throw e;
  }
}

async function readIn(tx: IDBTransaction, id: string): Promise<StoredSession | undefined> {
  const [head, progress, chunks] = await Promise.all([
    asked(tx.objectStore(HEADS).get(id) as IDBRequest<SessionHead | undefined>),
    asked(tx.objectStore(PROGRESS).get(id) as IDBRequest<Progress | undefined>),
    asked(tx.objectStore(CHUNKS).getAll(chunkRange(id)) as IDBRequest<LogEntry[][]>),
  ]);
  return head && progress ? { head, progress, log: logOfChunks(chunks, progress.length) } : undefined;
}

export function readSession(db: SessionDb, id: string): Promise<StoredSession | undefined> {
  return inTransaction(db, 'readonly', (tx) => readIn(tx, id));
}

/** Every saved session's head and progress, the newest first. */
export function listSessions(db: SessionDb): Promise<{ head: SessionHead; progress: Progress }[]> {
  return inTransaction(db, 'readonly', async (tx) => {
    const [heads, records] = await Promise.all([asked(tx.objectStore(HEADS).getAll() as IDBRequest<SessionHead[]>), asked(tx.objectStore(PROGRESS).getAll() as IDBRequest<Progress[]>)]);
    const progressOf = new Map(records.map((p) => [p.id, p]));
    return heads
      .flatMap((head) => {
        const progress = progressOf.get(head.id);
        return progress ? [{ head, progress }] : [];
      })
      .sort((a, b) => b.progress.savedAt - a.progress.savedAt);
  });
}

/** Who else a write may take the session from: the record as last read (a claim that failed to be written), or anyone. */
export type ClaimFrom = { owner: string; seq: number } | 'anyone';

export interface SessionWrite {
  /** Only with the first write of a session. */
  head?: SessionHead;
  claimFrom?: ClaimFrom;
  progress: Progress;
  chunks: [number, LogEntry[]][];
  /** Chunks from this index on are dropped: the log got shorter. */
  dropFrom: number;
}

/** Thrown when another page has taken the session over: this page's write was refused. */
export class SessionMoved extends Error {
  constructor(readonly progress: Progress) {
    super('the session is played in another tab now');
  }
}

const mayWrite = (current: Progress | undefined, owner: string, from?: ClaimFrom) =>
  !current || current.owner === owner || from === 'anyone' || (from !== undefined && current.owner === from.owner && current.seq === from.seq);

/** Writes a change of the log, unless another page owns the session now: then nothing is written and SessionMoved is thrown. */
export function writeSession(db: SessionDb, change: SessionWrite): Promise<void> {
  return inTransaction(db, 'readwrite', async (tx) => {
    const { id, owner } = change.progress;
    const current = await asked(tx.objectStore(PROGRESS).get(id) as IDBRequest<Progress | undefined>);
    if (!mayWrite(current, owner, change.claimFrom)) throw new SessionMoved(current!);
    if (change.head) tx.objectStore(HEADS).put(change.head);
    const chunks = tx.objectStore(CHUNKS);
    chunks.delete(chunkRange(id, change.dropFrom));
    for (const [index, entries] of change.chunks) chunks.put(entries, [id, index]);
    tx.objectStore(PROGRESS).put(change.progress);
  });
}

/** Puts log chunks ahead of the write that counts them (a long log in several short steps); refused like writeSession. */
export function writeChunks(db: SessionDb, id: string, owner: string, chunks: [number, LogEntry[]][], claimFrom?: ClaimFrom): Promise<void> {
  return inTransaction(db, 'readwrite', async (tx) => {
    const current = await asked(tx.objectStore(PROGRESS).get(id) as IDBRequest<Progress | undefined>);
    if (!mayWrite(current, owner, claimFrom)) throw new SessionMoved(current!);
    const store = tx.objectStore(CHUNKS);
    for (const [index, entries] of chunks) store.put(entries, [id, index]);
  });
}

/**
 * Makes this page the session's owner and reads it, in one transaction, so no write of the former owner falls between.
 * With `expected`, only when nobody has written since that read; otherwise nothing is changed and `claimed` is false.
 */
export function claimSession(
  db: SessionDb,
  id: string,
  owner: string,
  expected?: { owner: string; seq: number },
): Promise<{ claimed: boolean; stored: StoredSession | undefined }> {
  return inTransaction(db, 'readwrite', async (tx) => {
    const stored = await readIn(tx, id);
    if (!stored) return { claimed: false, stored };
    if (expected && (stored.progress.owner !== expected.owner || stored.progress.seq !== expected.seq)) return { claimed: false, stored };
    const progress: Progress = { ...stored.progress, owner, seq: stored.progress.seq + 1 };
    tx.objectStore(PROGRESS).put(progress);
    return { claimed: true, stored: { ...stored, progress } };
  });
}

export function removeSession(db: SessionDb, id: string): Promise<void> {
  return inTransaction(db, 'readwrite', async (tx) => {
    tx.objectStore(HEADS).delete(id);
    tx.objectStore(PROGRESS).delete(id);
    tx.objectStore(CHUNKS).delete(chunkRange(id));
  });
}
