/**
 * The journal: a small synchronous note in local storage of what the database may not hold yet (IndexedDB writes finish
 * later, and a reload can cut them off). A reload reads the database and then the journal, so no accepted action is lost.
 */
import type { LogEntry } from '../../rules/types';
import type { SafeStorage } from '../safeStorage';
import type { Progress, SessionHead } from './sessionRecords';

const PREFIX = 'quartier.journal.';

export interface Journal {
  id: string;
  owner: string;
  /** The write this note stands for: newer than every write the database holds from it. */
  seq: number;
  /** The database's write that this note goes beyond (0: none yet). */
  base: number;
  /** The log from this entry on; the entries before are the database's. */
  from: number;
  entries: LogEntry[];
  /** The session's head until the database holds it. */
  head?: SessionHead;
}

const keyOf = (id: string, owner: string) => `${PREFIX}${id}.${owner}`;

/** False when local storage refused the note. */
export function writeJournal(storage: SafeStorage, journal: Journal): boolean {
  return storage.setItem(keyOf(journal.id, journal.owner), JSON.stringify(journal));
}

export function removeJournal(storage: SafeStorage, id: string, owner: string): void {
  storage.removeItem(keyOf(id, owner));
}

/** Every page's note on this session; unreadable ones are skipped. */
export function journalsOf(storage: SafeStorage, id: string): Journal[] {
  return storage.keys(`${PREFIX}${id}.`).flatMap((key) => {
    try {
      const journal = JSON.parse(storage.getItem(key) ?? 'null') as Journal | null;
      return journal && journal.id === id && Array.isArray(journal.entries) && Number.isInteger(journal.from) ? [journal] : [];
    } catch {
      return [];
    }
  });
}

/** Removes every note on this session but `keep`'s. */
export function dropJournals(storage: SafeStorage, id: string, keep?: string): void {
  for (const key of storage.keys(`${PREFIX}${id}.`)) if (key !== (keep && keyOf(id, keep))) storage.removeItem(key);
}

/**
 * The note that goes beyond what the database holds: written after the database's write it builds on, by the page
 * whose writes the database holds since. Without a database record, only a note that carries the head can restore.
 */
export function newerJournal(journals: Journal[], progress: Progress | undefined, stored: number): Journal | undefined {
  const applies = (j: Journal) =>
    progress
      ? j.seq > progress.seq && j.base <= progress.seq && (j.base === progress.seq || j.owner === progress.owner) && j.from <= stored
      : j.head !== undefined && j.from === 0;
  return journals.filter(applies).sort((a, b) => b.seq - a.seq)[0];
}

/** The database's log with the note's newer tail. */
export function withJournal(stored: readonly LogEntry[], journal: Journal): LogEntry[] {
  return [...stored.slice(0, journal.from), ...journal.entries];
}
