/** What the autosave keeps of a session: its head once, its log in chunks, and a small record of how far it has got. */
import type { Session } from '../../rules/session';
import type { BranchOf } from './branches';
import type { LogEntry, Phase } from '../../rules/types';
import type { LocalText } from '../../scenario/schema';
import type { GameConfig, ScenarioSource } from '../store';

/** Entries per stored chunk: an action rewrites one chunk of the log, never the whole log. */
export const CHUNK = 100;

/** Written once when a session begins: the scenario's source is kept here, not with every action. */
export interface SessionHead {
  id: string;
  scenario: ScenarioSource;
  /** The scenario's title, for the list of saved sessions without loading the scenario. */
  title: LocalText;
  config: GameConfig;
  /** The session without its log. */
  session: Omit<Session, 'log'>;
  startedAt: number;
  /** Set for a what-if branch: the session it was branched from and the round's first year (branches.ts); older heads have none. */
  branch?: BranchOf;
}

/** Rewritten with every save: how long the log is, who may write it, and what the setup screen lists. */
export interface Progress {
  id: string;
  /** The page that plays the session; another page's writes are refused (see claim in sessionDb.ts). */
  owner: string;
  /** Counts the writes of the session, whichever page made them. */
  seq: number;
  length: number;
  year: number;
  phase: Phase;
  humans: number;
  computers: number;
  savedAt: number;
}

export interface StoredSession {
  head: SessionHead;
  progress: Progress;
  log: LogEntry[];
}

/** The stored log: its first `length` entries out of the chunks, in order. */
export function logOfChunks(chunks: LogEntry[][], length: number): LogEntry[] {
  return chunks.flat().slice(0, length);
}

/** The chunks to rewrite after the log changed from entry `from` on, by chunk index. */
export function changedChunks(log: readonly LogEntry[], from: number): [number, LogEntry[]][] {
  const chunks: [number, LogEntry[]][] = [];
  for (let index = Math.floor(from / CHUNK); index * CHUNK < log.length; index++) chunks.push([index, log.slice(index * CHUNK, (index + 1) * CHUNK)]);
  return chunks;
}

/** Chunks from this index on hold nothing of a log this long. */
export const chunksNeeded = (length: number) => Math.ceil(length / CHUNK);

/**
 * How many leading entries two logs share. Entries are created once and carried on only by copying a log's prefix
 * (act, undo, branching), so two logs that hold the same entry object at an index share everything before it too.
 */
export function sharedPrefix(a: readonly LogEntry[], b: readonly LogEntry[]): number {
  let shared = Math.min(a.length, b.length);
  while (shared > 0 && a[shared - 1] !== b[shared - 1]) shared--;
  return shared;
}

/** The same, for logs that were copied (read back, sent between tabs): entries are compared by value. */
export function sharedPrefixByValue(a: readonly LogEntry[], b: readonly LogEntry[]): number {
  const most = Math.min(a.length, b.length);
  let shared = 0;
  while (shared < most && JSON.stringify(a[shared]) === JSON.stringify(b[shared])) shared++;
  return shared;
}
